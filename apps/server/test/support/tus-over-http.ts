import { open } from 'node:fs/promises';
import { request, type ClientRequest } from 'node:http';
import type { HttpSession } from './http-session.ts';
import { metadataHeader } from './evidence-fixtures.ts';

/**
 * A tus client made of plain HTTP requests, streaming from a file on disk as a tus client
 * with a chunk size would (a 1 GiB body is never held in memory). For tests and the bench.
 */

const TUS = { 'tus-resumable': '1.0.0' };

/** tus creation; returns the upload's location (a path). */
export async function createTusUpload(
  session: HttpSession,
  length: number,
  metadata: Record<string, string>,
): Promise<string> {
  const response = await fetch(`${session.baseUrl}/api/v1/uploads`, {
    method: 'POST',
    headers: {
      ...TUS,
      ...session.authHeaders(),
      'upload-length': String(length),
      'upload-metadata': metadataHeader(metadata),
    },
  });
  if (response.status !== 201) {
    throw new Error(`create → ${response.status}: ${await response.text()}`);
  }
  return response.headers.get('location')!;
}

/** tus HEAD: the offset the server holds durably. */
export async function tusOffset(session: HttpSession, location: string): Promise<number> {
  const response = await fetch(`${session.baseUrl}${location}`, {
    method: 'HEAD',
    headers: { ...TUS, ...session.authHeaders() },
  });
  if (response.status !== 200) throw new Error(`HEAD → ${response.status}`);
  return Number(response.headers.get('upload-offset'));
}

export interface PatchResult {
  readonly status: number;
  /** The server's Upload-Offset afterwards, when it answered with one. */
  readonly offset: number | undefined;
  readonly body: string;
}

const PIECE_BYTES = 1 << 20;
const PIECES = 4;
/** Pieces the last requests gave back, for the next ones. */
const spare: Buffer[] = [];

/**
 * Writes bytes [start, end) of `file` into the request from a few reused buffers (each
 * taken back once the socket has it, and kept for the next request), so that the sender
 * allocates nothing per piece and costs the machine it shares with the server as little
 * as it can.
 */
async function pump(
  outgoing: ClientRequest,
  file: string,
  range: { readonly start: number; readonly end: number },
  onSent: ((offset: number) => void) | undefined,
): Promise<void> {
  const free = Array.from(
    { length: PIECES },
    () => spare.pop() ?? Buffer.allocUnsafeSlow(PIECE_BYTES),
  );
  let writing = 0;
  let wake: (() => void) | undefined;
  let broken = false;
  const onBroken = () => {
    broken = true;
    wake?.();
  };
  outgoing.once('error', onBroken);
  outgoing.once('close', onBroken);
  const handle = await open(file, 'r');
  try {
    for (let position = range.start; position < range.end && !broken;) {
      while (free.length === 0 && !broken) await new Promise<void>((resolve) => (wake = resolve));
      if (broken) break;
      const buffer = free.pop()!;
      const want = Math.min(PIECE_BYTES, range.end - position);
      const { bytesRead } = await handle.read(buffer, 0, want, position);
      if (bytesRead === 0) throw new Error(`${file} ends before ${range.end}`);
      position += bytesRead;
      writing++;
      outgoing.write(buffer.subarray(0, bytesRead), () => {
        writing--;
        free.push(buffer);
        wake?.();
      });
      onSent?.(position);
    }
    if (!broken) outgoing.end();
    // The last pieces go back once the socket has them (not at all if it broke).
    while (writing > 0 && !broken) await new Promise<void>((resolve) => (wake = resolve));
    if (!broken) spare.push(...free);
  } finally {
    await handle.close();
  }
}

/**
 * One PATCH carrying bytes [start, end) of `file`. `onSent` sees the file offset up to
 * which bytes have been handed to the connection. The promise rejects if the connection
 * breaks (a server killed mid-request).
 */
export function patchFromFile(
  session: HttpSession,
  location: string,
  file: string,
  range: { readonly start: number; readonly end: number },
  onSent?: (offset: number) => void,
): Promise<PatchResult> {
  return new Promise((resolve, reject) => {
    const url = new URL(location, session.baseUrl);
    const outgoing = request(url, {
      method: 'PATCH',
      headers: {
        ...TUS,
        ...session.authHeaders(),
        'content-type': 'application/offset+octet-stream',
        'content-length': String(range.end - range.start),
        'upload-offset': String(range.start),
      },
    });
    outgoing.on('error', reject);
    outgoing.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (text: string) => (body += text));
      response.on('error', reject);
      response.on('end', () => {
        const offset = response.headers['upload-offset'];
        resolve({
          status: response.statusCode ?? 0,
          offset: typeof offset === 'string' ? Number(offset) : undefined,
          body,
        });
      });
    });
    pump(outgoing, file, range, onSent).catch((error: unknown) => {
      outgoing.destroy(error as Error);
      reject(error as Error);
    });
  });
}

/** Sends [from, length) of `file` in PATCHes of `chunkBytes`, each where the last ended. */
export async function sendRest(
  session: HttpSession,
  location: string,
  file: string,
  options: {
    readonly from: number;
    readonly length: number;
    readonly chunkBytes: number;
    readonly onSent?: (offset: number) => void;
  },
): Promise<PatchResult> {
  let offset = options.from;
  for (;;) {
    const end = Math.min(options.length, offset + options.chunkBytes);
    const result = await patchFromFile(
      session,
      location,
      file,
      { start: offset, end },
      options.onSent,
    );
    if (result.status !== 204) {
      throw new Error(`PATCH at ${offset} → ${result.status}: ${result.body}`);
    }
    offset = result.offset!;
    if (offset >= options.length) return result;
  }
}
