import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeSampleVideo } from '../../src/media/make-sample-video.ts';
import { storeEvidence } from './evidence-fixtures.ts';
import type { Client } from './test-app.ts';

/** An act filmed on a body camera, registered as the AV record of the case (and of a record). */
export interface FilmedAct {
  readonly situation: string;
  /** 记录事项: 询问, 简易程序全过程… */
  readonly content: string;
  /** The text record the recording is of (the 询问笔录…), if any. */
  readonly recordId?: string;
  readonly place?: string;
}

/**
 * Films acts for a test: one real clip made with ffmpeg, uploaded as a distinct copy per
 * act (the evidence store is content-addressed), each recording ended a quarter of an hour
 * before it is registered and announced at its start, as every seed's storage deadline and
 * announcement duty want.
 */
export async function videoRecorder() {
  const directory = await mkdtemp(path.join(tmpdir(), 'liuhen-video-'));
  const { bytes } = await makeSampleVideo({ directory, seconds: 1 });
  let copies = 0;

  return {
    /** Uploads the act's recording and registers it; the AV record's id. */
    async film(client: Client, caseId: string, act: FilmedAct): Promise<string> {
      copies += 1;
      const evidenceObjectId = await storeEvidence(client, {
        bytes: Buffer.concat([bytes, Buffer.from(`copy ${copies}`)]),
        fileName: `DSJ_${copies}.MP4`,
        mediaType: 'video/mp4',
        caseId,
      });
      const ended = Date.now() - 15 * 60_000;
      const response = await client.post(`/api/v1/cases/${caseId}/av-records`, {
        evidenceObjectId,
        kind: 'video',
        content: act.content,
        situations: [act.situation],
        ...(act.recordId === undefined ? {} : { recordId: act.recordId }),
        recordingStartedAt: new Date(ended - 10 * 60_000).toISOString(),
        recordingEndedAt: new Date(ended).toISOString(),
        place: act.place ?? '当事人经营场所',
        personsPresent: ['赵六'],
        announcementMade: true,
        usedAsEvidence: false,
      });
      if (response.statusCode !== 201) throw new Error(`AV record refused: ${response.body}`);
      return response.json().id as string;
    },

    dispose: () => rm(directory, { recursive: true, force: true }),
  };
}

export type VideoRecorder = Awaited<ReturnType<typeof videoRecorder>>;
