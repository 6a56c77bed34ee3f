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
  caseId?: string,
): Promise<string> {
  const sha256 = createHash('sha256').update(clip).digest('hex');
  const created = await client.raw('POST', '/api/v1/uploads', {
    'tus-resumable': '1.0.0',
    'upload-length': String(clip.length),
    'upload-metadata': metadataHeader({
      filename: fileName,
      filetype: 'video/mp4',
      sha256,
      ...(caseId === undefined ? {} : { caseId }),
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

/**
 * The agency's cameras and the collection station, as `liuhen import` works: camera 01 is
 * the handler's (his inquiry was recorded on it), camera 02 is the unit's spare, held by
 * nobody; a clip docked from the spare has no holder to match it by, so it waits in the
 * inbox (待分配) with its deadline for someone to place it.
 */
export async function dockSpareCameraClip(
  options: {
    readonly admin: InjectClient;
    readonly station: InjectClient;
    readonly agencyId: string;
    readonly holderId: string;
    readonly serialPrefix: string;
  },
  clip: Buffer,
): Promise<void> {
  const { admin, station } = options;
  const cameras = `/api/v1/agencies/${options.agencyId}/body-cameras`;
  const held = await admin.post<{ id: string }>(cameras, {
    serial: `${options.serialPrefix}-01`,
    model: 'DSJ-V9',
    label: '一中队 1 号',
  });
  await admin.post(`/api/v1/body-cameras/${held.id}/assignments`, {
    holderId: options.holderId,
    from: new Date(Date.now() - 72 * 3_600_000).toISOString(),
  });
  const spare = `${options.serialPrefix}-02`;
  await admin.post(cameras, { serial: spare, model: 'DSJ-V9', label: '备用机' });
  const fileName = `${spare}_0001.MP4`;
  await uploadClip(station, clip, fileName);
  await station.post('/api/v1/imported-files', {
    sha256: createHash('sha256').update(clip).digest('hex'),
    deviceSerial: spare,
    originalPath: `DCIM/100MEDIA/${fileName}`,
  });
}
