import { createReadStream } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { problemFromBody, problemOf, ServerError, type ServerSession } from './server-session.ts';

const TUS = { 'tus-resumable': '1.0.0' };
/** As the web client: large enough to keep the link busy, small enough to lose little. */
export const CHUNK_BYTES = 64 * 1024 * 1024;

function metadataHeader(pairs: Record<string, string>): string {
  return Object.entries(pairs)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
}

export async function createUpload(
  session: ServerSession,
  file: { sizeBytes: number; fileName: string; mediaType: string; sha256: string },
): Promise<string> {
  const response = await session.fetch('/api/v1/uploads', {
    method: 'POST',
    headers: {
      ...TUS,
      'upload-length': String(file.sizeBytes),
      'upload-metadata': metadataHeader({
        filename: file.fileName,
        filetype: file.mediaType,
        sha256: file.sha256,
      }),
    },
  });
  if (response.status !== 201) throw await problemOf(response);
  return response.headers.get('location')!;
}

/** The offset the server holds durably, or undefined when the upload is gone. */
export async function uploadOffset(session: ServerSession, location: string) {
  const response = await session.fetch(location, { method: 'HEAD', headers: TUS });
  if (response.status === 404 || response.status === 410) return undefined;
  if (response.status !== 200) {
    throw new ServerError(response.status, undefined, `查询上传进度失败（${response.status}）`);
  }
  return Number(response.headers.get('upload-offset'));
}

/** One PATCH of bytes [offset, end) streamed from the file; returns the server's new offset. */
function patch(
  session: ServerSession,
  location: string,
  filePath: string,
  range: { offset: number; end: number },
  onBytes: (bytes: number) => void,
): Promise<number> {
  const url = new URL(session.baseUrl + location);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      url,
      {
        method: 'PATCH',
        headers: session.headers({
          ...TUS,
          'content-type': 'application/offset+octet-stream',
          'upload-offset': String(range.offset),
          'content-length': String(range.end - range.offset),
        }),
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          if (response.statusCode === 204) {
            resolve(Number(response.headers['upload-offset']));
            return;
          }
          reject(
            problemFromBody(response.statusCode ?? 500, Buffer.concat(chunks).toString('utf8')),
          );
        });
        response.on('error', reject);
      },
    );
    outgoing.on('error', reject);
    const source = createReadStream(filePath, {
      start: range.offset,
      end: range.end - 1,
      highWaterMark: 1024 * 1024,
    });
    source.on('data', (chunk) => onBytes(chunk.length));
    source.on('error', (error) => outgoing.destroy(error));
    source.pipe(outgoing);
  });
}

/**
 * Sends the rest of the file from `offset` in chunks. The server hashes as it receives and,
 * after the last byte, compares with the declared SHA-256 before anything is stored: a
 * mismatch comes back as the 460 problem `upload-hash-mismatch`.
 */
export async function sendFrom(
  session: ServerSession,
  location: string,
  file: { path: string; sizeBytes: number },
  offset: number,
  onBytes: (bytes: number) => void,
): Promise<void> {
  let at = offset;
  while (at < file.sizeBytes) {
    const end = Math.min(file.sizeBytes, at + CHUNK_BYTES);
    at = await patch(session, location, file.path, { offset: at, end }, onBytes);
  }
}
