/**
 * The real-browser suite under load: starts N busy loops (one per core they take), runs
 * `vitest run --project e2e` R times in a row beside them, and prints for each run its
 * counts, its duration and the load averages seen, then stops the loops. Browser tests
 * wait on states, never on time (docs/decisions.md, "How browser tests wait"); this is how
 * to check that they still do. Not part of `npm test`.
 *
 *   npm run test:e2e:loaded -- --hogs 2 --runs 2 [vitest arguments, e.g. a file]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureWebBuilt } from './web-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  options: {
    hogs: { type: 'string', default: '2' },
    runs: { type: 'string', default: '1' },
  },
  allowPositionals: true,
});
const hogCount = Number(values.hogs);
const runCount = Number(values.runs);
if (!Number.isInteger(hogCount) || hogCount < 0 || !Number.isInteger(runCount) || runCount < 1) {
  process.stderr.write('usage: e2e-under-load.ts [--hogs N≥0] [--runs R≥1] [vitest args]\n');
  process.exit(2);
}

ensureWebBuilt();

const hogs: ChildProcess[] = [];
let suite: ChildProcess | undefined;
const stopHogs = () => {
  for (const hog of hogs) if (hog.exitCode === null) hog.kill('SIGKILL');
};
const reportDir = mkdtempSync(path.join(tmpdir(), 'liuhen-e2e-load-'));
process.on('exit', () => {
  stopHogs();
  rmSync(reportDir, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopHogs();
    // vitest ends its test files (and their servers) on SIGINT.
    suite?.kill('SIGINT');
    process.exitCode = 130;
    if (suite === undefined || suite.exitCode !== null) process.exit(130);
    suite.once('exit', () => process.exit(130));
  });
}
for (let i = 0; i < hogCount; i += 1) {
  hogs.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}
process.stdout.write(`[e2e-under-load] ${hogCount} busy loop(s) started\n`);

function runSuite(report: string): Promise<number> {
  return new Promise((resolve) => {
    // On this Node (24), whatever `node` is first on the PATH.
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'e2e',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
        ...positionals,
      ],
      { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    suite = child;
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const lines: string[] = [];
let failedRuns = 0;
for (let run = 1; run <= runCount; run += 1) {
  const loads: number[] = [];
  const sample = () => loads.push(loadavg()[0]!);
  sample();
  const sampler = setInterval(sample, 10_000);
  const report = path.join(reportDir, `run-${run}.json`);
  const started = Date.now();
  const exitCode = await runSuite(report);
  clearInterval(sampler);
  sample();
  let counts = { numPassedTests: 0, numFailedTests: 0, numPendingTests: 0 };
  try {
    counts = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    // No report: the run crashed before writing one; counted as failed below.
  }
  const ok = exitCode === 0 && counts.numFailedTests === 0 && counts.numPassedTests > 0;
  if (!ok) failedRuns += 1;
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  const mean = loads.reduce((sum, load) => sum + load, 0) / loads.length;
  lines.push(
    `${ok ? 'ok  ' : 'FAIL'} run ${run}: ${counts.numPassedTests} passed, ` +
      `${counts.numFailedTests} failed, ${counts.numPendingTests} skipped in ${minutes} min; ` +
      `1-min load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} ` +
      `(mean ${mean.toFixed(1)}) on ${hogCount} busy loop(s)`,
  );
  process.stdout.write(`\n[e2e-under-load] ${lines.at(-1)}\n`);
}

stopHogs();
process.stdout.write(`\n[e2e-under-load] summary\n${lines.join('\n')}\n`);
process.exit(failedRuns > 0 ? 1 : 0);
