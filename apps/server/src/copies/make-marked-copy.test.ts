import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Problem } from '../http/problem.ts';
import { makeSampleVideo } from '../media/make-sample-video.ts';
import { markText, type CopyMark } from './copy-mark.ts';
import { makeMarkedCopy, sweepCopies } from './make-marked-copy.ts';
import {
  makeTestImage,
  mediaToolsAvailable,
  probe,
  streamHashes,
} from './test-support/media-fixtures.ts';
import { pdfPageTexts } from './test-support/pdf-text.ts';
import { makeSamplePdf } from './test-support/sample-pdf.ts';

const available = mediaToolsAvailable('make-marked-copy');

function newMark(): CopyMark {
  return {
    copyId: randomUUID(),
    requesterName: '李四',
    requesterUsername: 'lisi',
    grant: { id: randomUUID() },
    issuedAt: new Date('2026-11-23T06:05:00Z'),
    agencyName: '某某市市场监督管理局',
  };
}

/** A store that hands out the original as a stream, as S3 does, and counts opens. */
function storeOf(bytes: Uint8Array) {
  const store = {
    opens: 0,
    open: async () => {
      store.opens += 1;
      return Readable.from([Buffer.from(bytes)]);
    },
  };
  return store;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

let root: string;
let sources: string;
let workDir: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'liuhen-copies-'));
  sources = path.join(root, 'sources');
  await mkdir(sources);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => {
  // Not created: makeMarkedCopy makes its work folder when it needs one.
  workDir = path.join(root, `work-${randomUUID()}`);
});

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );
}

describe('makeMarkedCopy', () => {
  it('makes a marked PDF as <copyId>.pdf, hashes it and leaves only the copy behind', async () => {
    const original = await makeSamplePdf([
      { size: [595, 842], text: 'Notice of inspection' },
      { size: [595, 842], rotate: 90, text: 'Second page' },
    ]);
    const mark = newMark();
    const store = storeOf(original);
    const copy = await makeMarkedCopy({
      open: store.open,
      mediaType: 'application/pdf',
      fileName: 'notice.pdf',
      mark,
      workDir,
    });

    expect(copy.path).toBe(path.join(workDir, `${mark.copyId}.pdf`));
    expect(copy.mediaType).toBe('application/pdf');
    const bytes = await readFile(copy.path);
    expect(copy.sizeBytes).toBe(bytes.byteLength);
    expect(copy.sha256).toBe(sha256(bytes));
    expect(copy.sha256).not.toBe(sha256(original));
    expect(await readdir(workDir)).toEqual([`${mark.copyId}.pdf`]);
    const texts = await pdfPageTexts(bytes);
    expect(texts).toHaveLength(2);
    for (const text of texts) expect(text).toContain(markText(mark).chinese);
    expect(store.opens).toBe(1);
  });

  it.skipIf(!available).each([
    {
      mediaType: 'image/jpeg; charset=binary',
      name: 'scene.JPG',
      extension: 'jpg',
      codec: 'mjpeg',
    },
    { mediaType: 'image/png', name: 'scene.png', extension: 'png', codec: 'png' },
    { mediaType: 'image/tiff', name: 'scene.tiff', extension: 'tif', codec: 'tiff' },
    { mediaType: 'image/webp', name: 'scene.webp', extension: 'webp', codec: 'webp' },
  ])('makes a marked $extension image in the original format', async (sample) => {
    const original = await readFile(
      await makeTestImage(sources, sample.name.toLowerCase(), { width: 320, height: 240 }),
    );
    const mark = newMark();
    const copy = await makeMarkedCopy({
      open: storeOf(original).open,
      mediaType: sample.mediaType,
      fileName: sample.name,
      mark,
      workDir,
    });
    expect(copy).toMatchObject({
      path: path.join(workDir, `${mark.copyId}.${sample.extension}`),
      mediaType: sample.mediaType.split(';')[0],
    });
    expect((await probe(copy.path)).streams[0]).toMatchObject({
      codec_name: sample.codec,
      width: 320,
      height: 240,
    });
    expect(copy.sha256).toBe(sha256(await readFile(copy.path)));
    expect(await readdir(workDir)).toEqual([`${mark.copyId}.${sample.extension}`]);
  });

  it.skipIf(!available)('makes a tagged recording with the same stream data', async () => {
    const { path: videoPath, bytes } = await makeSampleVideo({
      directory: sources,
      name: 'rec.mp4',
    });
    const mark = newMark();
    const copy = await makeMarkedCopy({
      open: storeOf(bytes).open,
      mediaType: 'video/mp4',
      fileName: 'rec.mp4',
      mark,
      workDir,
    });
    expect(copy.path).toBe(path.join(workDir, `${mark.copyId}.mp4`));
    expect((await probe(copy.path)).tags.liuhen_copy_id).toBe(mark.copyId);
    expect(await streamHashes(copy.path)).toBe(await streamHashes(videoPath));
    expect(copy.sha256).toBe(
      createHash('sha256')
        .update(await readFile(copy.path))
        .digest('hex'),
    );
    expect(await readdir(workDir)).toEqual([`${mark.copyId}.mp4`]);
  });

  it.skipIf(!available)(
    'reads a local original in place: no spool, the original untouched',
    async () => {
      const { path: videoPath, bytes } = await makeSampleVideo({
        directory: sources,
        name: 'in-place.mp4',
      });
      const store = storeOf(bytes);
      const mark = newMark();
      const copy = await makeMarkedCopy({
        open: store.open,
        localPath: videoPath,
        mediaType: 'video/mp4',
        fileName: 'in-place.mp4',
        mark,
        workDir,
      });
      expect(store.opens).toBe(0);
      expect((await probe(copy.path)).tags.liuhen_copy_id).toBe(mark.copyId);
      expect(sha256(await readFile(videoPath))).toBe(sha256(bytes));
      expect(await readdir(workDir)).toEqual([`${mark.copyId}.mp4`]);
    },
  );

  it('refuses other types before reading the original, leaving workDir empty', async () => {
    const store = storeOf(new TextEncoder().encode('PK\u0003\u0004 zip'));
    for (const mediaType of ['application/zip', 'text/plain', 'image/gif', '']) {
      const failure = await failureOf(
        makeMarkedCopy({
          open: store.open,
          mediaType,
          fileName: 'x.bin',
          mark: newMark(),
          workDir,
        }),
      );
      expect(failure).toBeInstanceOf(Problem);
      expect(failure).toMatchObject({ status: 422, slug: 'copy-not-possible' });
    }
    expect(store.opens).toBe(0);
    expect(await readdir(workDir).catch(() => [])).toEqual([]);
  });

  it('leaves nothing behind when the original is damaged', async () => {
    const failure = await failureOf(
      makeMarkedCopy({
        open: storeOf(new TextEncoder().encode('%PDF-1.7 but nothing else')).open,
        mediaType: 'application/pdf',
        fileName: 'broken.pdf',
        mark: newMark(),
        workDir,
      }),
    );
    expect(failure).toMatchObject({ status: 422, slug: 'copy-not-possible' });
    expect(await readdir(workDir)).toEqual([]);
  });

  it.skipIf(!available)('leaves nothing behind when ffmpeg fails or is missing', async () => {
    const garbage = storeOf(new TextEncoder().encode('not really a video'));
    const damaged = await failureOf(
      makeMarkedCopy({
        open: garbage.open,
        mediaType: 'video/mp4',
        fileName: 'a.mp4',
        mark: newMark(),
        workDir,
      }),
    );
    expect(damaged).toMatchObject({ status: 422, slug: 'copy-not-possible' });
    const image = await readFile(
      await makeTestImage(sources, 'tiny.png', { width: 32, height: 32 }),
    );
    const saved = process.env.FFPROBE_PATH;
    process.env.FFPROBE_PATH = path.join(sources, 'missing-ffprobe');
    try {
      const missing = await failureOf(
        makeMarkedCopy({
          open: storeOf(image).open,
          mediaType: 'image/png',
          fileName: 'a.png',
          mark: newMark(),
          workDir,
        }),
      );
      expect(missing).toMatchObject({ status: 503, slug: 'copy-not-possible' });
    } finally {
      if (saved === undefined) delete process.env.FFPROBE_PATH;
      else process.env.FFPROBE_PATH = saved;
    }
    expect(await readdir(workDir)).toEqual([]);
  });

  it('leaves nothing behind when the store fails half way through', async () => {
    const failing = async () =>
      Readable.from(
        (async function* () {
          yield Buffer.from('%PDF-1.7\n');
          throw new Error('connection reset by the object store');
        })(),
      );
    const failure = await failureOf(
      makeMarkedCopy({
        open: failing,
        mediaType: 'application/pdf',
        fileName: 'a.pdf',
        mark: newMark(),
        workDir,
      }),
    );
    expect((failure as Error).message).toContain('connection reset');
    expect(await readdir(workDir)).toEqual([]);
  });

  it('refuses a copy id that is not a UUID', async () => {
    const mark = { ...newMark(), copyId: '../../etc/passwd' };
    await expect(
      makeMarkedCopy({
        open: storeOf(new Uint8Array()).open,
        mediaType: 'application/pdf',
        fileName: 'a.pdf',
        mark,
        workDir,
      }),
    ).rejects.toThrow(/UUID/);
  });
});

describe('sweepCopies', () => {
  it('removes copies and leftovers older than the limit, and nothing else', async () => {
    await mkdir(workDir, { recursive: true });
    const now = Date.now();
    const old = new Date(now - 3 * 3_600_000);
    const recent = new Date(now - 10 * 60_000);
    const [oldCopy, oldSpool, recentCopy] = [randomUUID(), randomUUID(), randomUUID()];
    const entries: [string, Date][] = [
      [`${oldCopy}.pdf`, old],
      [`${oldSpool}.spool`, old],
      [`${recentCopy}.mp4`, recent],
      ['notes.txt', old],
    ];
    for (const [name, time] of entries) {
      await writeFile(path.join(workDir, name), 'x');
      await utimes(path.join(workDir, name), time, time);
    }
    const leftoverWork = path.join(workDir, `${oldCopy}.png.work`);
    await mkdir(leftoverWork);
    await writeFile(path.join(leftoverWork, 'band-0.txt'), 'x');
    await utimes(leftoverWork, old, old);

    expect(await sweepCopies(workDir, 2 * 3_600_000, now)).toBe(3);
    expect((await readdir(workDir)).sort()).toEqual([`${recentCopy}.mp4`, 'notes.txt'].sort());
    expect(await sweepCopies(workDir, 2 * 3_600_000, now)).toBe(0);
  });

  it('does nothing when the folder does not exist yet', async () => {
    expect(await sweepCopies(path.join(workDir, 'never-made'), 1000)).toBe(0);
  });
});
