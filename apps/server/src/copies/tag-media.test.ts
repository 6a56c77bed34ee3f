import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../http/problem.ts';
import { makeSampleVideo } from '../media/make-sample-video.ts';
import { markText } from './copy-mark.ts';
import {
  mediaToolsAvailable,
  makeTestAudio,
  probe,
  streamHashes,
} from './test-support/media-fixtures.ts';
import { tagMedia } from './tag-media.ts';
import { SAMPLE_MARK } from './test-support/sample-mark.ts';

const run = promisify(execFile);
const available = mediaToolsAvailable('tag-media');

const mark = SAMPLE_MARK;
const { chinese, ascii } = markText(mark);

describe.skipIf(!available)('tagMedia', () => {
  let directory: string;
  let mp4: string;
  const capturedAt = new Date('2026-03-03T01:30:00Z');

  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'liuhen-tag-media-'));
    mp4 = (await makeSampleVideo({ directory, name: 'recording.mp4', capturedAt })).path;
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  function expectFullMark(tags: Readonly<Record<string, string>>): void {
    expect(tags.comment).toContain(ascii);
    expect(tags.comment).toContain(chinese);
    expect(tags.liuhen_copy_id).toBe(mark.copyId);
    expect(tags.liuhen_requester).toBe('zhangsan (张三)');
    expect(tags.liuhen_grant).toBe(mark.grant!.id);
    expect(tags.liuhen_issued_at).toBe('2026-11-23T06:05:00.000Z');
  }

  it('tags an MP4 without touching a bit of its streams, keeping its creation time', async () => {
    const output = path.join(directory, 'copy.mp4');
    await tagMedia({ inputPath: mp4, outputPath: output, mark });
    const [before, after] = await Promise.all([probe(mp4), probe(output)]);
    expectFullMark(after.tags);
    expect(after.formatName).toBe(before.formatName);
    expect(after.tags.creation_time).toBe(capturedAt.toISOString().replace('.000Z', '.000000Z'));
    expect(after.streams.map((s) => s.codec_name)).toEqual(before.streams.map((s) => s.codec_name));
    expect(await streamHashes(output)).toBe(await streamHashes(mp4));
    expect(before.tags.liuhen_copy_id).toBeUndefined();
  });

  it('tags a Matroska file (MOV and MKV keep every key)', async () => {
    const mkv = path.join(directory, 'recording.mkv');
    await run(process.env.FFMPEG_PATH ?? 'ffmpeg', [
      '-v',
      'error',
      '-i',
      mp4,
      '-map',
      '0',
      '-c',
      'copy',
      '-y',
      mkv,
    ]);
    for (const [input, output] of [
      [mkv, path.join(directory, 'copy.mkv')],
      [mp4, path.join(directory, 'copy.mov')],
    ] as const) {
      await tagMedia({ inputPath: input, outputPath: output, mark });
      expectFullMark((await probe(output)).tags);
      expect(await streamHashes(output)).toBe(await streamHashes(input));
    }
  });

  it('tags MP3 and Ogg audio fully and WAV with the comment it has room for', async () => {
    for (const name of ['tone.mp3', 'tone.ogg', 'tone.m4a']) {
      const input = await makeTestAudio(directory, name);
      const output = path.join(directory, `copy-${name}`);
      await tagMedia({ inputPath: input, outputPath: output, mark });
      expectFullMark((await probe(output)).tags);
      expect(await streamHashes(output)).toBe(await streamHashes(input));
    }
    const wav = await makeTestAudio(directory, 'tone.wav');
    const copy = path.join(directory, 'copy-tone.wav');
    await tagMedia({ inputPath: wav, outputPath: copy, mark });
    expect((await probe(copy)).tags.comment).toContain(ascii);
    expect(await streamHashes(copy)).toBe(await streamHashes(wav));
  });

  it('refuses a file ffmpeg cannot read, as a problem', async () => {
    const input = path.join(directory, 'broken.mp4');
    await writeFile(input, 'not a recording');
    const failure = await tagMedia({
      inputPath: input,
      outputPath: path.join(directory, 'copy-broken.mp4'),
      mark,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(Problem);
    expect(failure).toMatchObject({ status: 422, slug: 'copy-not-possible' });
  });
});
