import { inflateSync } from 'node:zlib';
import { LayoutError } from './layout-error.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * Checks a signature image before pdfkit sees it: pdfkit inflates a PNG with alpha in a zlib
 * callback, where corrupt data throws past every caller and takes the whole process (or the
 * render worker) down. Here it is one rejected document instead.
 */
export function checkPng(bytes: Uint8Array, what: string): Buffer {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fail = (reason: string): never => {
    throw new LayoutError(`${what} is not a usable PNG: ${reason}`);
  };
  if (png.length < 8 || SIGNATURE.some((byte, index) => png[index] !== byte)) {
    fail('no PNG signature');
  }
  let offset = 8;
  let header: {
    width: number;
    height: number;
    depth: number;
    colour: number;
    interlaced: boolean;
  } | null = null;
  const data: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > png.length) fail(`the ${type} chunk runs past the end`);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR' && length >= 13) {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        depth: body[8]!,
        colour: body[9]!,
        interlaced: body[12] === 1,
      };
    } else if (type === 'IDAT') {
      data.push(body);
    } else if (type === 'IEND') {
      break;
    }
    offset = end;
  }
  if (header === null) return fail('no IHDR chunk');
  const channels = CHANNELS[header.colour];
  if (channels === undefined || header.width === 0 || header.height === 0) fail('bad IHDR');
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(data));
  } catch (error) {
    return fail(`its image data does not inflate (${(error as Error).message})`);
  }
  const rowBytes = 1 + Math.ceil((header.width * channels! * header.depth) / 8);
  if (!header.interlaced && pixels.length < rowBytes * header.height)
    fail('its image data is short');
  return png;
}
