import { inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Samples per pixel by PNG colour type (grey, RGB, palette, grey+alpha, RGBA). */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Why bytes are not a PNG we can use; the reason is for logs, not for clerks. */
export class PngError extends Error {
  /** Set when the header is fine but larger than `maxSide` allows. */
  readonly oversize: { readonly width: number; readonly height: number } | null;

  constructor(reason: string, oversize: PngError['oversize'] = null) {
    super(reason);
    this.name = 'PngError';
    this.oversize = oversize;
  }
}

export interface PngFacts {
  readonly width: number;
  readonly height: number;
  /**
   * Every pixel the same (fully transparent pixels count as one colour): a blank canvas
   * or a blank page. Null when not worked out (interlaced, or not asked for).
   */
  readonly uniform: boolean | null;
}

interface Header {
  readonly width: number;
  readonly height: number;
  readonly depth: number;
  readonly colour: number;
  readonly interlaced: boolean;
}

/**
 * Reads a PNG far enough to know it is one: signature, IHDR, image data that inflates to
 * the size its header promises (never more: the inflater stops there, so a small file
 * cannot inflate into gigabytes). Throws PngError otherwise. `maxSide` refuses a header
 * before any inflating; `uniform` also un-filters the rows to tell a blank image.
 */
export function readPng(
  bytes: Uint8Array,
  options: { readonly maxSide?: number; readonly uniform?: boolean } = {},
): PngFacts {
  const png = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (png.length < 8 || SIGNATURE.some((byte, index) => png[index] !== byte)) {
    throw new PngError('no PNG signature');
  }
  let offset = 8;
  let header: Header | null = null;
  const data: Buffer[] = [];
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (end > png.length) throw new PngError(`the ${type} chunk runs past the end`);
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
  if (header === null) throw new PngError('no IHDR chunk');
  const channels = CHANNELS[header.colour];
  if (
    channels === undefined ||
    !DEPTHS[header.colour]!.includes(header.depth) ||
    header.width === 0 ||
    header.height === 0
  ) {
    throw new PngError('bad IHDR');
  }
  if (options.maxSide !== undefined && Math.max(header.width, header.height) > options.maxSide) {
    throw new PngError(`${header.width}×${header.height} is larger than allowed`, {
      width: header.width,
      height: header.height,
    });
  }
  const rowBytes = 1 + Math.ceil((header.width * channels * header.depth) / 8);
  const expected = rowBytes * header.height;
  let pixels: Buffer;
  try {
    // Interlaced images have seven passes with their own filter bytes: a little more.
    pixels = inflateSync(Buffer.concat(data), {
      maxOutputLength: header.interlaced ? expected + 7 * header.height + 64 : expected,
    });
  } catch (error) {
    throw new PngError(`its image data does not inflate (${(error as Error).message})`);
  }
  if (!header.interlaced && pixels.length < expected) throw new PngError('its image data is short');
  const uniform =
    options.uniform === true && !header.interlaced ? isUniform(pixels, header, channels) : null;
  return { width: header.width, height: header.height, uniform };
}

/** Un-filters the rows (PNG §9) and compares every pixel with the first. */
function isUniform(pixels: Buffer, header: Header, channels: number): boolean {
  const bitsPerPixel = channels * header.depth;
  const stride = Math.ceil((header.width * bitsPerPixel) / 8);
  const step = Math.max(1, bitsPerPixel / 8);
  let previous = Buffer.alloc(stride);
  let first: string | null = null;
  const hasAlpha = header.colour === 4 || header.colour === 6;
  const alphaBytes = header.depth / 8;
  for (let y = 0; y < header.height; y += 1) {
    const start = y * (stride + 1);
    const filter = pixels[start]!;
    const row = Buffer.from(pixels.subarray(start + 1, start + 1 + stride));
    unfilter(filter, row, previous, step);
    previous = row;
    if (bitsPerPixel < 8) {
      // Packed samples: whole bytes must all match; the last byte may hold padding bits.
      for (let x = 0; x < stride - 1; x += 1) {
        const key = String(row[x]);
        first ??= key;
        if (key !== first) return false;
      }
      continue;
    }
    for (let x = 0; x < stride; x += step) {
      const pixel = row.subarray(x, x + step);
      const transparent = hasAlpha && pixel.subarray(step - alphaBytes).every((byte) => byte === 0);
      const key = transparent ? 'transparent' : pixel.toString('hex');
      first ??= key;
      if (key !== first) return false;
    }
  }
  return true;
}

function unfilter(filter: number, row: Buffer, previous: Buffer, step: number) {
  for (let x = 0; x < row.length; x += 1) {
    const left = x >= step ? row[x - step]! : 0;
    const up = previous[x]!;
    const upLeft = x >= step ? previous[x - step]! : 0;
    let add: number;
    switch (filter) {
      case 0:
        return;
      case 1:
        add = left;
        break;
      case 2:
        add = up;
        break;
      case 3:
        add = (left + up) >> 1;
        break;
      case 4: {
        const estimate = left + up - upLeft;
        const toLeft = Math.abs(estimate - left);
        const toUp = Math.abs(estimate - up);
        const toUpLeft = Math.abs(estimate - upLeft);
        add = toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
        break;
      }
      default:
        throw new PngError(`unknown row filter ${filter}`);
    }
    row[x] = (row[x]! + add) & 0xff;
  }
}
