/**
 * Where the time of an ingest goes: the same 1 GiB sent the same way as bench:ingest (one
 * streamed PATCH from this process) to a bare node:http receiver in its own process that
 * does only part of the server's work, stage by stage:
 *   receive  — reads the socket and drops the bytes (the ceiling of the main thread alone);
 *   copy     — also copies them into the hashers' 512 KiB batches, freeing each piece;
 *   write    — also writes the batches to a part file, fsync every 64 MiB (no hashing);
 *   hash     — copies and hashes (SHA-256 and SM3 on worker threads), nothing written;
 *   all      — copies, writes and hashes, as the upload path does (no HTTP framework,
 *              no database).
 * Also the digest pool alone (both digests), fed from memory. Figures are MB/s and the
 * CPU seconds of the receiver and the sender.
 *
 * Run: npm run bench:ingest-stages -w bench   (BENCH_INGEST_MIB, BENCH_INGEST_RUNS)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import {
  BATCH_BYTES,
  BATCHES_IN_FLIGHT,
  createDigestPool,
} from '../../apps/server/src/uploads/digest-pool.ts';
import { freeBodyChunk } from '../../apps/server/src/uploads/free-body-chunk.ts';
import { createPartWriter } from '../../apps/server/src/uploads/part-writer.ts';
import { SYNC_EVERY_BYTES } from '../../apps/server/src/uploads/receive-into-part.ts';
import { HttpSession } from '../../apps/server/test/support/http-session.ts';
import { writePseudoRandomFile } from '../../apps/server/test/support/pseudo-random-file.ts';
import { patchFromFile } from '../../apps/server/test/support/tus-over-http.ts';
import { cpuBetween, threadTimes } from './process-stats.ts';

const MiB = 1024 * 1024;
const SIZE = Number(process.env.BENCH_INGEST_MIB ?? 1024) * MiB;
const RUNS = Number(process.env.BENCH_INGEST_RUNS ?? 3);
const STAGES = ['receive', 'copy', 'write', 'hash', 'all'] as const;
type Stage = (typeof STAGES)[number];

/** The receiver: answers each PATCH after doing `stage` with its body. */
async function serve(stage: Stage, partPath: string) {
  const pool = createDigestPool();
  pool.warm();
  const server = createServer(async (request, response) => {
    const hashing = stage === 'hash' || stage === 'all';
    const writing = stage === 'write' || stage === 'all';
    const digest = pool.open();
    const handle = writing ? await open(partPath, 'w') : undefined;
    const writer =
      handle === undefined
        ? undefined
        : createPartWriter(handle, {
            offset: 0,
            syncEvery: SYNC_EVERY_BYTES,
            onDurable: async () => {},
          });
    // Batches as the upload path uses them: the digest pool's when hashing; otherwise a
    // ring of as many, each reused once its write is done.
    const ring = Array.from({ length: BATCHES_IN_FLIGHT + 1 }, () => {
      const buffer = new SharedArrayBuffer(BATCH_BYTES);
      return { buffer, bytes: new Uint8Array(buffer) };
    });
    const writes: Promise<void>[] = [];
    let turn = 0;
    const nextBatch = async () => {
      if (hashing) return digest.acquire();
      if (writes.length >= BATCHES_IN_FLIGHT) await writes.shift();
      return ring[turn++ % ring.length]!;
    };
    const hand = (length: number) => {
      const written = writer?.append(batch.bytes.subarray(0, length));
      if (hashing) digest.submit(batch, length, written);
      else if (written !== undefined) writes.push(written);
    };
    let batch = await nextBatch();
    let filled = 0;
    for await (const piece of request) {
      if (stage === 'receive') {
        freeBodyChunk(piece as Buffer);
        continue;
      }
      let chunk = piece as Buffer;
      while (chunk.length > 0) {
        const take = Math.min(chunk.length, batch.bytes.length - filled);
        batch.bytes.set(chunk.subarray(0, take), filled);
        filled += take;
        chunk = chunk.subarray(take);
        if (filled === batch.bytes.length) {
          hand(filled);
          batch = await nextBatch();
          filled = 0;
        }
      }
      freeBodyChunk(piece as Buffer);
    }
    if (filled > 0) hand(filled);
    await writer?.flush();
    await handle?.close();
    if (hashing) await digest.digest();
    else digest.close();
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.stdout.write(`${(server.address() as { port: number }).port}\n`);
}

async function receiver(stage: Stage, partPath: string) {
  const child = spawn(process.execPath, [import.meta.filename, 'serve', stage, partPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve) =>
    child.stdout.once('data', (text: Buffer) => resolve(Number(text.toString().trim()))),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

async function measureStage(stage: Stage, file: string, partPath: string) {
  const server = await receiver(stage, partPath);
  try {
    const before = await threadTimes(server.pid);
    const client = process.cpuUsage();
    const started = performance.now();
    const result = await patchFromFile(new HttpSession(server.url), '/', file, {
      start: 0,
      end: SIZE,
    });
    if (result.status !== 200) throw new Error(`${stage}: ${result.status} ${result.body}`);
    const seconds = (performance.now() - started) / 1000;
    const sender = process.cpuUsage(client);
    const threads = cpuBetween(before, await threadTimes(server.pid), server.pid);
    return {
      megabytesPerSecond: SIZE / 1e6 / seconds,
      receiverCpu: threads.reduce((sum, thread) => sum + thread.cpuSeconds, 0),
      senderCpu: (sender.user + sender.system) / 1e6,
      threads,
    };
  } finally {
    await server.stop();
  }
}

/** Both digests on the pool's threads, fed from memory in its batches: the hashing limit. */
async function poolFromMemory() {
  const pool = createDigestPool();
  try {
    pool.warm();
    const session = pool.open();
    const started = performance.now();
    for (let done = 0; done < SIZE;) {
      const batch = await session.acquire();
      const length = Math.min(batch.bytes.length, SIZE - done);
      batch.bytes.fill(done & 0xff, 0, length);
      session.submit(batch, length);
      done += length;
    }
    await session.digest();
    return SIZE / 1e6 / ((performance.now() - started) / 1000);
  } finally {
    await pool.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

if (process.argv[2] === 'serve') {
  await serve(process.argv[3] as Stage, process.argv[4]!);
} else {
  const workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-bench-stages-'));
  try {
    const file = path.join(workDir, 'ingest.bin');
    const partPath = path.join(workDir, 'stage.part');
    await writePseudoRandomFile(file, SIZE);
    process.stdout.write(
      `\nIngest stages, ${SIZE / MiB} MiB in one PATCH over loopback, median of ${RUNS}; ` +
        `load average ${load()}\n`,
    );
    for (const stage of STAGES) {
      const runs: Awaited<ReturnType<typeof measureStage>>[] = [];
      for (let index = 0; index < RUNS; index++) {
        runs.push(await measureStage(stage, file, partPath));
        await rm(partPath, { force: true });
      }
      const middle = median(runs.map((run) => run.megabytesPerSecond));
      const typical = runs.find((run) => run.megabytesPerSecond === middle)!;
      process.stdout.write(
        `${stage.padEnd(8)} ${typical.megabytesPerSecond.toFixed(0).padStart(5)} MB/s  ` +
          `CPU s: receiver ${typical.receiverCpu.toFixed(2)}, sender ${typical.senderCpu.toFixed(2)}  ` +
          `(${typical.threads.map((t) => `${t.name} ${t.cpuSeconds.toFixed(2)}`).join(', ')})\n`,
      );
    }
    const rates: number[] = [];
    for (let index = 0; index < RUNS; index++) rates.push(await poolFromMemory());
    process.stdout.write(
      `digest pool alone, SHA-256 and SM3 from memory: ${median(rates).toFixed(0)} MB/s\n`,
    );
    process.stdout.write(`load average ${load()}\n`);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
