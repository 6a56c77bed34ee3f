/**
 * What the server accepts as a record's attachment (scans and photos of paper), with the
 * extensions a file chooser may offer; recordings go to 音像记录 instead.
 */
const TYPES_BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  webp: 'image/webp',
  pdf: 'application/pdf',
};

const ALLOWED = new Set(Object.values(TYPES_BY_EXTENSION));

/** For the file chooser's `accept`: both the types and the extensions. */
export const ATTACHMENT_ACCEPT = [
  ...ALLOWED,
  ...Object.keys(TYPES_BY_EXTENSION).map((extension) => `.${extension}`),
].join(',');

export const ATTACHMENT_TYPES_TEXT = 'JPEG、PNG、TIFF、WebP 图片或 PDF 文件';

/**
 * The media type to declare for the file: the browser's, else the one its extension
 * names (some systems give TIFF and WebP no type). Undefined when it is not attachable.
 */
export function attachmentTypeOf(file: Pick<File, 'name' | 'type'>): string | undefined {
  const declared = file.type.toLowerCase();
  if (ALLOWED.has(declared)) return declared;
  if (declared !== '' && declared !== 'application/octet-stream') return undefined;
  const extension = file.name.includes('.') ? file.name.split('.').at(-1)!.toLowerCase() : '';
  return TYPES_BY_EXTENSION[extension];
}

/** Why a chosen file cannot be attached, in words for the clerk; undefined when it can. */
export function attachmentFileProblem(file: Pick<File, 'name' | 'type' | 'size'>) {
  if (file.type.startsWith('video/') || file.type.startsWith('audio/')) {
    return `视频、录音属于音像记录，请在本案“音像记录”中上传并登记。附件只能是${ATTACHMENT_TYPES_TEXT}。`;
  }
  if (attachmentTypeOf(file) === undefined) {
    return `附件只能是${ATTACHMENT_TYPES_TEXT}（扫描件或照片）。`;
  }
  if (file.size === 0) return '所选文件为空，请重新选择。';
  return undefined;
}

/** How the browser shows it once access is granted. */
export type AttachmentDisplay = 'image' | 'pdf' | 'download';

export function displayOf(mediaType: string): AttachmentDisplay {
  const type = mediaType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  // Browsers do not draw TIFF: it is saved and opened with an image viewer.
  if (type.startsWith('image/') && type !== 'image/tiff') return 'image';
  return 'download';
}
