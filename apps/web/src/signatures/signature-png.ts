/** What the server takes (apps/server/src/signatures/signature-image.ts). */
export const SIGNATURE_MAX_BYTES = 512 * 1024;
const SCAN_START_SIDE = 1600;
const SCAN_MIN_SIDE = 200;
/** Room left around the strokes when a drawing is cut to them. */
const TRIM_MARGIN = 8;

function toBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob === null ? reject(new Error('canvas.toBlob failed')) : resolve(blob)),
      'image/png',
    );
  });
}

/** Base64 of a PNG blob, without the data-URL prefix. */
export async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * The drawing cut to its strokes (with a small margin), so that on the printed line the
 * signature fills the space rather than an empty canvas; null when nothing is drawn.
 */
export async function trimmedDrawing(canvas: HTMLCanvasElement): Promise<Blob | null> {
  const context = canvas.getContext('2d');
  if (context === null) return null;
  const { width, height } = canvas;
  const { data } = context.getImageData(0, 0, width, height);
  let top = height;
  let left = width;
  let bottom = -1;
  let right = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if (data[(y * width + x) * 4 + 3]! > 0) {
        if (y < top) top = y;
        if (y > bottom) bottom = y;
        if (x < left) left = x;
        if (x > right) right = x;
      }
    }
  }
  if (bottom < 0) return null;
  const x0 = Math.max(0, left - TRIM_MARGIN);
  const y0 = Math.max(0, top - TRIM_MARGIN);
  const x1 = Math.min(width, right + 1 + TRIM_MARGIN);
  const y1 = Math.min(height, bottom + 1 + TRIM_MARGIN);
  const out = document.createElement('canvas');
  out.width = x1 - x0;
  out.height = y1 - y0;
  out
    .getContext('2d')
    ?.drawImage(canvas, x0, y0, out.width, out.height, 0, 0, out.width, out.height);
  return toBlob(out);
}

/**
 * A scan (PNG or JPEG) as the PNG the server stores: decoded by the browser, drawn on a
 * canvas and encoded again, scaled down until it fits 512 KB. The server reads no JPEG, so
 * it never decodes a format it does not check.
 */
export async function scanAsPng(file: Blob): Promise<Blob> {
  if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
    throw new Error('请选择 PNG 或 JPEG 图片。');
  }
  const bitmap = await createImageBitmap(file);
  try {
    let side = Math.min(SCAN_START_SIDE, Math.max(bitmap.width, bitmap.height));
    for (;;) {
      const scale = side / Math.max(bitmap.width, bitmap.height);
      const canvas = document.createElement('canvas');
      canvas.width = Math.max(1, Math.round(bitmap.width * scale));
      canvas.height = Math.max(1, Math.round(bitmap.height * scale));
      canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      const png = await toBlob(canvas);
      if (png.size <= SIGNATURE_MAX_BYTES) return png;
      if (side <= SCAN_MIN_SIDE)
        throw new Error('扫描件过大，请裁剪到签名、指印或印章部分后再上传。');
      side = Math.max(SCAN_MIN_SIDE, Math.round(side * 0.7));
    }
  } finally {
    bitmap.close();
  }
}
