import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import S3rver from 's3rver';
import type { S3ClientMiddleware } from '../s3-evidence-store.ts';

/** s3rver's built-in account. */
export const LOCAL_S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface LocalS3 {
  readonly endpoint: string;
  close(): Promise<void>;
}

/** s3rver in this process, on a free loopback port, in a fresh temporary folder. */
export async function startLocalS3(buckets: readonly string[]): Promise<LocalS3> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'liuhen-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** One HTTP request exactly as the SDK put it on the wire: signed, with every header. */
export interface SentRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** What a `respond` hook may answer instead of the service. */
export interface FakeResponse {
  readonly statusCode: number;
  readonly headers?: Record<string, string>;
  readonly body?: string;
}

interface RawHttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * Records every request after signing, just before it is sent, and lets a test stand in for
 * the service: `respond` may answer a request itself (what s3rver cannot: Object Lock, 412)
 * or let it through; `amend` may add headers to the service's answer.
 */
export function requestRecorder(
  hooks: {
    respond?: (
      request: SentRequest,
    ) => Promise<FakeResponse | undefined> | FakeResponse | undefined;
    amend?: (request: SentRequest, response: RawHttpResponse) => void;
  } = {},
): { readonly middleware: S3ClientMiddleware; readonly sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const middleware: S3ClientMiddleware = {
    applyToStack(stack) {
      stack.add(
        (next) => async (args) => {
          const request = (args as { request: SentRequest }).request;
          const copy: SentRequest = {
            method: request.method,
            path: request.path,
            query: { ...request.query },
            headers: { ...request.headers },
            body: request.body,
          };
          sent.push(copy);
          const fake = await hooks.respond?.(copy);
          if (fake !== undefined) {
            const response: RawHttpResponse = {
              statusCode: fake.statusCode,
              headers: { 'content-type': 'application/xml', ...fake.headers },
              body: Readable.from([Buffer.from(fake.body ?? '')]),
            };
            return { response, output: {} } as unknown as Awaited<ReturnType<typeof next>>;
          }
          const result = await next(args);
          hooks.amend?.(copy, (result as unknown as { response: RawHttpResponse }).response);
          return result;
        },
        // The innermost deserialize middleware: after signing, just before the wire.
        { step: 'deserialize', priority: 'low', name: 'liuhenRequestRecorder' },
      );
    },
  };
  return { middleware, sent };
}

/** An S3 error document, as the service sends one. */
export function s3ErrorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
}
