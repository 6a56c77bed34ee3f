import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeSampleVideo } from '../media/make-sample-video.ts';
import type { InjectClient } from './inject-client.ts';

const metadataHeader = (pairs: Record<string, string>) =>
  Object.entries(pairs)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/**
 * Body-camera clips for the demo, made with ffmpeg once per demo load. Without ffmpeg the
 * demo has no recordings (and says so); everything else loads as usual.
 */
export async function demoClips(count: number, log: (line: string) => void) {
  const directory = await mkdtemp(path.join(tmpdir(), 'liuhen-demo-'));
  try {
    const capturedAt = new Date(Date.now() - 2 * 3_600_000);
    const clips: Buffer[] = [];
    for (let index = 0; index < count; index += 1) {
      const made = await makeSampleVideo({
        directory,
        name: `clip-${index}.mp4`,
        seconds: 3 + index,
        capturedAt,
      });
      clips.push(made.bytes);
    }
    return { clips, capturedAt };
  } catch {
    log('演示数据：未找到 ffmpeg，演示案件不含音像记录。');
    return undefined;
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** Uploads a clip as the officer's browser would (tus), and returns the stored object's id. */
export async function uploadClip(
  client: InjectClient,
  clip: Buffer,
  fileName: string,
  caseId: string,
): Promise<string> {
  const sha256 = createHash('sha256').update(clip).digest('hex');
  const created = await client.raw('POST', '/api/v1/uploads', {
    'tus-resumable': '1.0.0',
    'upload-length': String(clip.length),
    'upload-metadata': metadataHeader({
      filename: fileName,
      filetype: 'video/mp4',
      sha256,
      caseId,
    }),
  });
  const location = created.headers.location as string;
  await client.raw(
    'PATCH',
    location,
    {
      'tus-resumable': '1.0.0',
      'content-type': 'application/offset+octet-stream',
      'upload-offset': '0',
    },
    clip,
  );
  const status = await client.get<{ evidenceObject?: { id: string } }>(location);
  if (status.evidenceObject === undefined) throw new Error(`demo: upload ${location} not stored`);
  return status.evidenceObject.id;
}
