import { problems } from '../http/problem.ts';

/**
 * What a clerk attaches to a text record: scans and photos of paper (the signed page, an
 * ID card, a receipt) as images or PDF. Recordings are AV records, with their own duties
 * (standard name, storage deadline, interruptions), so video and audio are refused here.
 */
export const ATTACHMENT_MEDIA_TYPES = {
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
  'image/tiff': 'TIFF 图片',
  'image/webp': 'WebP 图片',
  'application/pdf': 'PDF 文件',
} as const;
export type AttachmentMediaType = keyof typeof ATTACHMENT_MEDIA_TYPES;

const ALLOWED_TEXT = 'JPEG、PNG、TIFF、WebP 图片或 PDF 文件';

/** How many leading bytes `looksLike` needs: a PDF header may follow up to 1 KiB of junk. */
export const SIGNATURE_BYTES = 1024;

/** `Image/PNG; x=y` → `image/png`: the sender declares the type, not always tidily. */
export function essenceOf(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

export function requireAttachableType(mediaType: string): AttachmentMediaType {
  const essence = essenceOf(mediaType);
  if (Object.hasOwn(ATTACHMENT_MEDIA_TYPES, essence)) return essence as AttachmentMediaType;
  const recording = essence.startsWith('video/') || essence.startsWith('audio/');
  throw problems.unprocessable(
    'attachment-type-not-allowed',
    '不支持的附件类型',
    recording
      ? `视频、录音属于音像记录，请在本案“音像记录”中上传并登记，不作为文书附件。文书附件只能是${ALLOWED_TEXT}。`
      : `文书附件只能是${ALLOWED_TEXT}（扫描件或照片），该文件的类型为 ${essence || '未知'}。`,
    { allowedMediaTypes: Object.keys(ATTACHMENT_MEDIA_TYPES) },
  );
}

const startsWith = (head: Buffer, ...bytes: number[]) =>
  head.length >= bytes.length && bytes.every((byte, index) => head[index] === byte);

/** Whether the file's first bytes are those of its declared type (its magic number). */
export function looksLike(type: AttachmentMediaType, head: Buffer): boolean {
  switch (type) {
    case 'image/jpeg':
      return startsWith(head, 0xff, 0xd8, 0xff);
    case 'image/png':
      return startsWith(head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
    case 'image/tiff':
      // Little- or big-endian, classic (42) or BigTIFF (43).
      return (
        startsWith(head, 0x49, 0x49, 0x2a, 0x00) ||
        startsWith(head, 0x4d, 0x4d, 0x00, 0x2a) ||
        startsWith(head, 0x49, 0x49, 0x2b, 0x00) ||
        startsWith(head, 0x4d, 0x4d, 0x00, 0x2b)
      );
    case 'image/webp':
      return (
        head.subarray(0, 4).toString('latin1') === 'RIFF' &&
        head.subarray(8, 12).toString('latin1') === 'WEBP'
      );
    case 'application/pdf':
      return head.subarray(0, SIGNATURE_BYTES).includes('%PDF-', 0, 'latin1');
  }
}

/** The declared type is what the sender said; the bytes must agree before it is attached. */
export function requireContentOfType(type: AttachmentMediaType, head: Buffer): void {
  if (looksLike(type, head)) return;
  const label = ATTACHMENT_MEDIA_TYPES[type];
  throw problems.unprocessable(
    'attachment-content-mismatch',
    '文件内容与类型不符',
    `该文件声明为${label}，但内容不是${label}。请确认选择的是扫描件或照片的原文件，重新上传后再添加。`,
  );
}
