import { randomBytes } from 'node:crypto';
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { freeBodyChunk, ownsItsChunks } from './free-body-chunk.ts';

/** The request bodies a real node:http server hands its handler, as pieces. */
async function receivedPieces(body: Buffer): Promise<{ pieces: Buffer[]; owned: boolean }> {
  let answer!: (value: { pieces: Buffer[]; owned: boolean }) => void;
  const received = new Promise<{ pieces: Buffer[]; owned: boolean }>((resolve) => {
    answer = resolve;
  });
  const server = createServer(async (incoming: IncomingMessage, response) => {
    const pieces: Buffer[] = [];
    for await (const piece of incoming) pieces.push(piece as Buffer);
    response.end();
    answer({ pieces, owned: ownsItsChunks(incoming) });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve, reject) => {
    const outgoing = request({ port, host: '127.0.0.1', method: 'PATCH' }, (response) => {
      response.resume();
      response.on('end', resolve);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
  await new Promise((resolve) => server.close(resolve));
  return received;
}

describe('freeing request body pieces once copied', () => {
  it("finds every piece of node:http's request body in a buffer of its own, and frees it", async () => {
    const body = randomBytes(3 * 1024 * 1024);
    const { pieces, owned } = await receivedPieces(body);
    expect(owned).toBe(true);
    expect(Buffer.concat(pieces).equals(body)).toBe(true);
    // If a Node upgrade changes this, the freeing silently stops and uploads get slower.
    for (const piece of pieces) {
      expect(piece.byteOffset).toBe(0);
      expect(piece.byteLength).toBe(piece.buffer.byteLength);
    }
    for (const piece of pieces) freeBodyChunk(piece);
    expect(pieces.every((piece) => piece.buffer.byteLength === 0)).toBe(true);
  });

  it('leaves other streams, and slices of a shared buffer, alone', () => {
    expect(ownsItsChunks(new PassThrough())).toBe(false);
    const whole = randomBytes(64 * 1024);
    const slice = whole.subarray(1000, 2000);
    const copy = Buffer.from(slice);
    freeBodyChunk(slice);
    expect(whole.length).toBe(64 * 1024);
    expect(slice.equals(copy)).toBe(true);
    const pooled = Buffer.from('a small buffer lives in a shared pool');
    freeBodyChunk(pooled);
    expect(pooled.toString()).toBe('a small buffer lives in a shared pool');
  });
});
