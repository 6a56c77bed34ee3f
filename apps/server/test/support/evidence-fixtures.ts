import { createHash } from 'node:crypto';
import type { Client } from './test-app.ts';

/** tus `Upload-Metadata`: each key with its value in base64. */
export const metadataHeader = (pairs: Record<string, string>) =>
  Object.entries(pairs)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/**
 * Stores bytes in the evidence store the way a client does: a tus creation and one PATCH
 * with the whole file, the SHA-256 declared. Returns the evidence object's id.
 */
export async function storeEvidence(
  client: Client,
  file: { bytes: Buffer; fileName: string; mediaType: string; caseId?: string },
): Promise<string> {
  const headers = (extra: Record<string, string>) => ({
    cookie: client.cookie!,
    'x-csrf-token': client.csrfToken!,
    'tus-resumable': '1.0.0',
    ...extra,
  });
  const created = await client.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: headers({
      'upload-length': String(file.bytes.length),
      'upload-metadata': metadataHeader({
        filename: file.fileName,
        filetype: file.mediaType,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        ...(file.caseId === undefined ? {} : { caseId: file.caseId }),
      }),
    }),
  });
  if (created.statusCode !== 201) throw new Error(`upload creation failed: ${created.body}`);
  const location = created.headers.location as string;
  const patched = await client.app.inject({
    method: 'PATCH',
    url: location,
    headers: headers({
      'content-type': 'application/offset+octet-stream',
      'upload-offset': '0',
    }),
    payload: file.bytes,
  });
  if (patched.statusCode !== 204) throw new Error(`upload failed: ${patched.body}`);
  const status = (await client.get(location)).json();
  if (status.status !== 'completed')
    throw new Error(`upload not completed: ${JSON.stringify(status)}`);
  return status.evidenceObject.id as string;
}

/** An AV record of an on-site inspection filmed an hour ago, on the given stored video. */
export function inspectionVideoBody(evidenceObjectId: string) {
  const startedAt = Date.now() - 3_600_000;
  return {
    evidenceObjectId,
    kind: 'video',
    content: '现场检查',
    situations: ['on_site_inspection'],
    recordingStartedAt: new Date(startedAt).toISOString(),
    recordingEndedAt: new Date(startedAt + 1000).toISOString(),
    place: '常山县天马街道某某路 8 号',
    personsPresent: ['赵六'],
    announcementMade: true,
    usedAsEvidence: false,
  };
}
