import { crc32, deflateSync } from 'node:zlib';

export interface PngSpec {
  readonly width: number;
  readonly height: number;
  /** PNG colour type: 0 grey, 2 RGB, 4 grey+alpha, 6 RGBA (8 bits per sample). */
  readonly colour?: 0 | 2 | 4 | 6;
  /** Every row is written with this filter (PNG §9), so un-filtering is what is tested. */
  readonly filter?: 0 | 1 | 2 | 3 | 4;
  /** The samples of the pixel at x, y. */
  readonly pixel: (x: number, y: number) => readonly number[];
}

const CHANNELS = { 0: 1, 2: 3, 4: 2, 6: 4 } as const;

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft;
  const a = Math.abs(estimate - left);
  const b = Math.abs(estimate - up);
  const c = Math.abs(estimate - upLeft);
  return a <= b && a <= c ? left : b <= c ? up : upLeft;
}

/** A real PNG, encoded the long way round so tests control every byte of it. */
export function makePng(spec: PngSpec): Buffer {
  const colour = spec.colour ?? 6;
  const filter = spec.filter ?? 0;
  const step = CHANNELS[colour];
  const stride = spec.width * step;
  const rows: Buffer[] = [];
  let previous = Buffer.alloc(stride);
  for (let y = 0; y < spec.height; y += 1) {
    const raw = Buffer.alloc(stride);
    for (let x = 0; x < spec.width; x += 1) raw.set(spec.pixel(x, y).slice(0, step), x * step);
    const out = Buffer.alloc(stride + 1);
    out[0] = filter;
    for (let i = 0; i < stride; i += 1) {
      const left = i >= step ? raw[i - step]! : 0;
      const up = previous[i]!;
      const upLeft = i >= step ? previous[i - step]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter]!;
      out[i + 1] = (raw[i]! - predicted) & 0xff;
    }
    rows.push(out);
    previous = raw;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(spec.width, 0);
  header.writeUInt32BE(spec.height, 4);
  header.set([8, colour, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A stroke across a transparent canvas, as a signature pad exports one (RGBA). */
export function signaturePng(width = 300, height = 100, filter: PngSpec['filter'] = 0): Buffer {
  return makePng({
    width,
    height,
    filter,
    pixel: (x, y) =>
      Math.abs(y - height / 2 - Math.round((height / 4) * Math.sin(x / 20))) < 3
        ? [0, 0, 0, 255]
        : [0, 0, 0, 0],
  });
}
