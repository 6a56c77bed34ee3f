/**
 * What a download costs now that it is a marked copy (issue 7): for a large recording and a
 * 12-megapixel photo, `makeMarkedCopy` (spool from the evidence store, mark, hash the copy)
 * is set against the bare ffmpeg command that does the marking step alone, on the same file
 * in the same run — `ffmpeg -map 0 -c copy -metadata …` for the video, a JPEG re-encode
 * for the photo. The original is read in place, as from the filesystem store; the ratio is
 * what the drawing, the hashing of the copy and the bookkeeping add.
 *
 * Run: npm run bench:copy -w bench
 * Knobs: BENCH_COPY_VIDEO_MIB (512), BENCH_COPY_RUNS (5).
 */
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { makeMarkedCopy } from '../../apps/server/src/copies/make-marked-copy.ts';

const run = promisify(execFile);
const MiB = 1024 * 1024;
const VIDEO_BYTES = Number(process.env.BENCH_COPY_VIDEO_MIB ?? 512) * MiB;
const RUNS = Number(process.env.BENCH_COPY_RUNS ?? 5);

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function seconds(work: () => Promise<unknown>) {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

/** A body-camera-like MP4 of about `bytes`: one encoded clip repeated by stream copy. */
async function makeLargeVideo(directory: string, bytes: number) {
  const clip = path.join(directory, 'clip.mp4');
  await run('ffmpeg', [
    ...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=1920x1080:rate=25:duration=10'],
    ...['-f', 'lavfi', '-i', 'sine=frequency=440:duration=10'],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-b:v', '16M', '-c:a', 'aac', '-shortest'],
    clip,
  ]);
  const loops = Math.max(0, Math.ceil(bytes / (await stat(clip)).size) - 1);
  const video = path.join(directory, 'recording.mp4');
  await run('ffmpeg', [
    ...['-v', 'error', '-stream_loop', String(loops), '-i', clip, '-map', '0', '-c', 'copy'],
    video,
  ]);
  return video;
}

async function makePhoto(directory: string) {
  const photo = path.join(directory, 'photo.jpg');
  await run('ffmpeg', [
    ...['-v', 'error', '-f', 'lavfi', '-i', 'testsrc2=size=4000x3000', '-frames:v', '1'],
    ...['-q:v', '2', photo],
  ]);
  return photo;
}

const mark = () => ({
  copyId: randomUUID(),
  requesterName: '王五',
  requesterUsername: 'wang.wu',
  grant: { id: randomUUID() },
  issuedAt: new Date(),
  agencyName: '常山县综合行政执法局',
});

async function compare(options: {
  readonly label: string;
  readonly file: string;
  readonly mediaType: string;
  readonly bare: (output: string) => string[];
  readonly workDir: string;
}) {
  const ours: number[] = [];
  const limit: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const bareOutput = path.join(
      path.dirname(options.workDir),
      `bare${path.extname(options.file)}`,
    );
    limit.push(await seconds(() => run('ffmpeg', options.bare(bareOutput))));
    await rm(bareOutput);
    const made = await (async () => {
      const started = performance.now();
      const copy = await makeMarkedCopy({
        open: async () => createReadStream(options.file),
        // As from the filesystem store, which hands ffmpeg the object's own file.
        localPath: options.file,
        mediaType: options.mediaType,
        fileName: path.basename(options.file),
        mark: mark(),
        workDir: options.workDir,
      });
      ours.push((performance.now() - started) / 1000);
      return copy;
    })();
    await rm(made.path);
  }
  const size = (await stat(options.file)).size;
  const [oursMedian, limitMedian] = [median(ours), median(limit)];
  console.log(
    `${options.label} (${(size / MiB).toFixed(1)} MiB): marked copy ${oursMedian.toFixed(2)} s, ` +
      `bare ffmpeg ${limitMedian.toFixed(2)} s, ratio ${(oursMedian / limitMedian).toFixed(2)} ` +
      `(medians of ${RUNS}; load ${loadavg()
        .map((value) => value.toFixed(2))
        .join(' ')})`,
  );
}

const directory = await mkdtemp(path.join(tmpdir(), 'liuhen-bench-copy-'));
try {
  const video = await makeLargeVideo(directory, VIDEO_BYTES);
  const photo = await makePhoto(directory);
  const workDir = path.join(directory, 'copies');
  await compare({
    label: 'recording (MP4, H.264/AAC)',
    file: video,
    mediaType: 'video/mp4',
    workDir,
    bare: (output) => [
      ...['-v', 'error', '-i', video, '-map', '0', '-c', 'copy', '-map_metadata', '0'],
      ...['-metadata', `comment=LIUHEN COPY for wang.wu`, '-movflags', '+use_metadata_tags'],
      ...['-y', output],
    ],
  });
  await compare({
    label: 'photo (JPEG 4000×3000)',
    file: photo,
    mediaType: 'image/jpeg',
    workDir,
    bare: (output) => ['-v', 'error', '-i', photo, '-q:v', '2', '-y', output],
  });
} finally {
  await rm(directory, { recursive: true, force: true });
}
