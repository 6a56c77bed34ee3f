import { readdir, readFile } from 'node:fs/promises';

/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on every Linux we run on. */
const TICKS_PER_SECOND = 100;

export interface ThreadTimes {
  readonly name: string;
  /** User + system CPU seconds so far. */
  readonly cpuSeconds: number;
  /** Of which in the kernel (system calls: sockets, files). */
  readonly systemSeconds: number;
}

/** CPU time of each thread of a process (Linux /proc), by thread id. */
export async function threadTimes(pid: number): Promise<Map<number, ThreadTimes>> {
  const times = new Map<number, ThreadTimes>();
  const tids = await readdir(`/proc/${pid}/task`).catch(() => []);
  for (const tid of tids) {
    const stat = await readFile(`/proc/${pid}/task/${tid}/stat`, 'utf8').catch(() => undefined);
    if (stat === undefined) continue;
    // "tid (name) state ..." — the name may hold spaces, so split after its parenthesis.
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const [user, system] = [Number(fields[11]), Number(fields[12])]; // utime, stime
    times.set(Number(tid), {
      name,
      cpuSeconds: (user + system) / TICKS_PER_SECOND,
      systemSeconds: system / TICKS_PER_SECOND,
    });
  }
  return times;
}

/** Per-thread CPU time spent between two snapshots, busiest first (threads gone: left out). */
export function cpuBetween(
  before: Map<number, ThreadTimes>,
  after: Map<number, ThreadTimes>,
  mainPid: number,
): ThreadTimes[] {
  return [...after]
    .map(([tid, now]) => ({
      name: tid === mainPid ? `${now.name} (main)` : now.name,
      cpuSeconds: now.cpuSeconds - (before.get(tid)?.cpuSeconds ?? 0),
      systemSeconds: now.systemSeconds - (before.get(tid)?.systemSeconds ?? 0),
    }))
    .filter((thread) => thread.cpuSeconds >= 0.05)
    .sort((a, b) => b.cpuSeconds - a.cpuSeconds);
}

/** Samples VmRSS every `everyMs` until stopped; returns the highest seen. */
export function sampleResident(pid: number, everyMs = 50) {
  let peak = 0;
  let stopped = false;
  const read = async () => {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    const kib = Number(status.match(/^VmRSS:\s+(\d+) kB$/m)?.[1] ?? 0);
    peak = Math.max(peak, kib * 1024);
  };
  const loop = (async () => {
    while (!stopped) {
      await read();
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
    await read();
  })();
  return {
    async stop(): Promise<number> {
      stopped = true;
      await loop;
      return peak;
    },
  };
}
