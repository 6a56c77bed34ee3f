import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  UploadPartCommand,
  type CompletedPart,
  type S3Client,
} from '@aws-sdk/client-s3';

/** S3's own limits: one PUT carries at most 5 GiB; an upload has at most 10,000 parts. */
export const SINGLE_PUT_MAX_BYTES = 5 * 1024 ** 3;
const MAX_PARTS = 10_000;

export interface PutFileRequest {
  readonly client: S3Client;
  readonly bucket: string;
  readonly key: string;
  /** A complete local file. */
  readonly path: string;
  /** Lower-case hex SHA-256 of the whole file, as the caller verified it. */
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly retainUntil: Date;
  /** Larger files go up in parts. */
  readonly multipartThresholdBytes: number;
  /** Raised when needed so that the file fits in 10,000 parts. */
  readonly partSizeBytes: number;
}

/**
 * Writes one locked object from a local file, only if the key is free (`If-None-Match: *`).
 * Resolves once stored; rejects with the service's error otherwise, including the 412 of a
 * key that was taken after the caller looked.
 */
export async function putFileAsLockedObject(request: PutFileRequest): Promise<void> {
  if (request.sizeBytes <= request.multipartThresholdBytes) await putWhole(request);
  else await putInParts(request);
}

/** What every write of an object says about it, whole or in parts. */
function lockedObjectHeaders(request: PutFileRequest) {
  return {
    Bucket: request.bucket,
    Key: request.key,
    ContentType: 'application/octet-stream',
    // The content address travels with the object, so a HEAD can tell same bytes from others.
    Metadata: { sha256: request.sha256 },
    ObjectLockMode: 'COMPLIANCE' as const,
    ObjectLockRetainUntilDate: request.retainUntil,
  };
}

async function putWhole(request: PutFileRequest): Promise<void> {
  const body = createReadStream(request.path);
  try {
    await request.client.send(
      new PutObjectCommand({
        ...lockedObjectHeaders(request),
        Body: body,
        ContentLength: request.sizeBytes,
        // The service recomputes the SHA-256 of what it received and refuses the write if it
        // differs: the object is the bytes the caller verified, or it is nothing.
        ChecksumSHA256: Buffer.from(request.sha256, 'hex').toString('base64'),
        IfNoneMatch: '*',
      }),
    );
  } finally {
    body.destroy();
  }
}

/**
 * CreateMultipartUpload / UploadPart / CompleteMultipartUpload. Each part carries its own
 * SHA-256, which the service checks; S3 has no whole-object SHA-256 for multipart objects
 * (only a checksum of the part checksums), so the whole file's digest rides in the metadata.
 */
async function putInParts(request: PutFileRequest): Promise<void> {
  const { client, bucket, key, sizeBytes } = request;
  const partSize = Math.max(request.partSizeBytes, Math.ceil(sizeBytes / MAX_PARTS));
  const created = await client.send(
    new CreateMultipartUploadCommand({
      ...lockedObjectHeaders(request),
      ChecksumAlgorithm: 'SHA256',
    }),
  );
  const uploadId = created.UploadId;
  if (uploadId === undefined) throw new Error(`S3 gave no upload id for ${key}`);
  try {
    const parts: CompletedPart[] = [];
    // Parts are hashed by us, so nothing but this check stops a file that is not the one the
    // caller hashed from landing under the caller's address.
    const whole = createHash('sha256');
    // One part at a time: a township's uplink is the limit, not the parallelism.
    for (let start = 0, number = 1; start < sizeBytes; start += partSize, number += 1) {
      const end = Math.min(start + partSize, sizeBytes) - 1;
      const checksum = (await sha256OfFile(request.path, { start, end }, whole)).toString('base64');
      const body = createReadStream(request.path, { start, end });
      try {
        const uploaded = await client.send(
          new UploadPartCommand({
            Bucket: bucket,
            Key: key,
            UploadId: uploadId,
            PartNumber: number,
            Body: body,
            ContentLength: end - start + 1,
            ChecksumSHA256: checksum,
          }),
        );
        parts.push({ PartNumber: number, ETag: uploaded.ETag, ChecksumSHA256: checksum });
      } finally {
        body.destroy();
      }
    }
    if (whole.digest('hex') !== request.sha256) {
      throw new Error(`${request.path} does not hash to ${request.sha256}; nothing was stored`);
    }
    await client.send(
      new CompleteMultipartUploadCommand({
        Bucket: bucket,
        Key: key,
        UploadId: uploadId,
        IfNoneMatch: '*',
        MultipartUpload: { Parts: parts },
      }),
    );
  } catch (error) {
    // Parts of an unfinished upload are billed and invisible; nothing else refers to them.
    await client
      .send(new AbortMultipartUploadCommand({ Bucket: bucket, Key: key, UploadId: uploadId }))
      .catch(() => undefined);
    throw error;
  }
}

/** SHA-256 of a file or of an inclusive byte range of it; `alsoInto` is fed the same bytes. */
export async function sha256OfFile(
  file: string,
  range?: { readonly start: number; readonly end: number },
  alsoInto?: Hash,
): Promise<Buffer> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { ...range, highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    alsoInto?.update(chunk as Buffer);
  }
  return hash.digest();
}
