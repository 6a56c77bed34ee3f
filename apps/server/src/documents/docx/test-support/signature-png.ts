import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A handwritten-looking stroke on a transparent background, as a signature pad captures one
 * (RGBA PNG, 420 × 160 px): enough to see in the rendered page that the image is there.
 */
export function signaturePng(width = 420, height = 160): Uint8Array {
  const stride = width * 4 + 1;
  const pixels = Buffer.alloc(stride * height);
  const ink = (x: number, y: number) => {
    for (let dy = -2; dy <= 2; dy++)
      for (let dx = -2; dx <= 2; dx++) {
        const px = Math.round(x + dx);
        const py = Math.round(y + dy);
        if (px < 0 || py < 0 || px >= width || py >= height || dx * dx + dy * dy > 5) continue;
        const at = py * stride + 1 + px * 4;
        pixels.set([20, 30, 90, 255], at);
      }
  };
  for (let t = 0; t <= 1; t += 0.0005) {
    const x = 20 + t * (width - 40);
    const y = height / 2 + Math.sin(t * 19) * height * 0.28 + Math.cos(t * 7) * height * 0.1;
    ink(x, y);
  }
  for (let t = 0; t <= 1; t += 0.001) ink(60 + t * 300, height * 0.78 - t * 20);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(pixels)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}
