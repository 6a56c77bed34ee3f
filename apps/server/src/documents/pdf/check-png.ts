import { PngError, readPng } from '../../media/png-image.ts';
import { LayoutError } from './layout-error.ts';

/**
 * Checks a signature image before pdfkit sees it: pdfkit inflates a PNG with alpha in a zlib
 * callback, where corrupt data throws past every caller and takes the whole process (or the
 * render worker) down. Here it is one rejected document instead. Captured signatures were
 * checked the same way when they came in (../../signatures/signature-image.ts).
 */
export function checkPng(bytes: Uint8Array, what: string): Buffer {
  try {
    readPng(bytes);
  } catch (error) {
    if (error instanceof PngError) {
      throw new LayoutError(`${what} is not a usable PNG: ${error.message}`);
    }
    throw error;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
