import { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { parseByteRange } from '../http/byte-range.ts';
import { Problem } from '../http/problem.ts';
import type { ByteRange } from './evidence-store.ts';

/** Bytes streamed as they are: the zod serializer is not involved for a stream. */
export const fileBody = z.custom<Readable>((value) => value instanceof Readable);

export interface StoredBytes {
  readonly sizeBytes: number;
  readonly mediaType: string;
  readonly open: (range?: ByteRange) => Promise<Readable>;
  /**
   * How the browser should treat the file and the name to give it: `attachment` saves it,
   * `inline` shows it (a PDF in its viewer) and names it when saved from there.
   */
  readonly disposition?: {
    readonly kind: 'inline' | 'attachment';
    readonly name: string;
    /** The ASCII fallback's stem, e.g. `recording`: the real name is often Chinese. */
    readonly fallbackStem: string;
  };
}

/** RFC 6266 with an RFC 5987 UTF-8 name; the ASCII fallback keeps only the extension. */
export function contentDisposition(disposition: NonNullable<StoredBytes['disposition']>): string {
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(disposition.name)?.[1] ?? 'bin';
  return `${disposition.kind}; filename="${disposition.fallbackStem}.${extension}"; filename*=UTF-8''${encodeURIComponent(disposition.name)}`;
}

/**
 * Sends stored evidence whole or by one HTTP range (players seek with ranges), never
 * cached: each access was put on the ledger for one person.
 */
export async function sendStoredBytes(
  reply: FastifyReply,
  rangeHeader: string | undefined,
  file: StoredBytes,
) {
  const size = file.sizeBytes;
  const range = parseByteRange(rangeHeader, size);
  reply
    .header('accept-ranges', 'bytes')
    .header('content-type', file.mediaType)
    .header('cache-control', 'private, no-store');
  if (file.disposition !== undefined) {
    reply.header('content-disposition', contentDisposition(file.disposition));
  }
  if (range === 'unsatisfiable') {
    reply.header('content-range', `bytes */${size}`);
    throw new Problem(
      416,
      'range-not-satisfiable',
      '请求的范围无效',
      '请求的字节范围超出文件大小。',
    );
  }
  if (range === 'whole') {
    reply.header('content-length', size);
    return reply.send(await file.open());
  }
  return reply
    .code(206)
    .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
    .header('content-length', range.end - range.start + 1)
    .send(await file.open(range));
}
