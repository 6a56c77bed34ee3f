import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import * as tus from 'tus-js-client';
import { metadataHeader } from './evidence-fixtures.ts';
import type { Client, TestApp } from './test-app.ts';

/** Helpers for the tus upload tests: digests, metadata, a real tus client over HTTP. */

export const MiB = 1024 * 1024;
export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
export const sm3Of = (bytes: Uint8Array) => createHash('sm3').update(bytes).digest('hex');

/** Valid metadata with some pairs changed; `undefined` leaves a pair out. */
export function metadataWith(changes: Record<string, string | undefined>): string {
  const pairs: Record<string, string | undefined> = {
    filename: 'e.mp4',
    filetype: 'video/mp4',
    sha256: 'd'.repeat(64),
    ...changes,
  };
  return metadataHeader(
    Object.fromEntries(
      Object.entries(pairs).filter((pair): pair is [string, string] => pair[1] !== undefined),
    ),
  );
}

export function authHeaders(client: Client): Record<string, string> {
  return { cookie: client.cookie!, 'x-csrf-token': client.csrfToken! };
}

export async function listen(testApp: TestApp): Promise<string> {
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = testApp.app.server.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

/** Runs a tus-js-client upload to its end; rejects with the client's error. */
export function tusUpload(
  base: string,
  client: Client,
  bytes: Buffer,
  metadata: Record<string, string>,
  options: Partial<tus.UploadOptions> = {},
): { upload: tus.Upload; done: Promise<void> } {
  let upload!: tus.Upload;
  const done = new Promise<void>((resolve, reject) => {
    upload = new tus.Upload(bytes, {
      endpoint: `${base}/api/v1/uploads`,
      headers: authHeaders(client),
      metadata,
      retryDelays: [],
      ...options,
      onSuccess: () => resolve(),
      onError: (error) => reject(error),
    });
  });
  upload.start();
  return { upload, done };
}

export function statusOf(error: unknown): number | undefined {
  return (error as tus.DetailedError).originalResponse?.getStatus();
}

export function problemOf(error: unknown): Record<string, unknown> {
  return JSON.parse((error as tus.DetailedError).originalResponse?.getBody() ?? '{}');
}

export const idOf = (upload: tus.Upload) => upload.url!.split('/').at(-1)!;

/** Every file under a folder, recursively (the evidence store's objects). */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
