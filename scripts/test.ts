/**
 * `npm test`: installs what npm cannot, checks the code, builds the web app, then runs the
 * four suites one after another so that each prints its own counts, and ends with one
 * line of totals. Exits non-zero if anything failed or a suite ran no test.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { postgresForTests } from './test-postgres.ts';
import { ensureWebBuilt } from './web-build.ts';

const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, '.vitest-results');

const suites = [
  { project: 'unit', label: 'unit (domain + server units)' },
  { project: 'server-pglite', label: 'server integration on PGlite' },
  { project: 'server-postgres', label: 'server integration on PostgreSQL' },
  { project: 'e2e', label: 'real browser (Chromium)' },
] as const;

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function step(title: string) {
  process.stdout.write(`\n=== ${title} ===\n`);
}

step('prerequisites (Chromium, CJK fonts, PostgreSQL)');
if (run('bash', ['scripts/ensure-test-prereqs.sh']) !== 0) process.exit(1);

step('npm run check (format, lint, types)');
if (run('npm', ['run', 'check', '--silent']) !== 0) process.exit(1);

step('web build');
ensureWebBuilt();

rmSync(resultsDir, { recursive: true, force: true });
mkdirSync(resultsDir, { recursive: true });

interface SuiteResult {
  label: string;
  passed: number;
  failed: number;
  skipped: number;
  exitCode: number;
  /** Files that failed as a whole (a hook, an import, an unhandled error), with why. */
  brokenFiles: string[];
}

interface Report {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: { name: string; status: string; message?: string }[];
}
const EMPTY_REPORT: Report = {
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
};

/**
 * A file can fail with no failing test (a set-up hook overran its ceiling, an import threw):
 * the counts then look clean while the suite is red, so the summary names each such file.
 */
function brokenFiles(report: Report): string[] {
  return (report.testResults ?? [])
    .filter((file) => file.status === 'failed' && (file.message ?? '') !== '')
    .map(
      (file) => `${path.relative(root, file.name)}: ${file.message!.split('\n')[0]!.slice(0, 300)}`,
    );
}
const results: SuiteResult[] = [];

for (const suite of suites) {
  step(suite.label);
  // TEST_DATABASE_URL, the local server, or an embedded one started (and removed) here.
  const database = suite.project === 'server-postgres' ? await postgresForTests() : undefined;
  const output = path.join(resultsDir, `${suite.project}.json`);
  const exitCode = run(
    path.join(root, 'node_modules/.bin/vitest'),
    [
      'run',
      '--project',
      suite.project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
    ],
    database?.env,
  );
  await database?.stop();
  let report: Report = { ...EMPTY_REPORT };
  try {
    report = JSON.parse(readFileSync(output, 'utf8'));
  } catch {
    // No report: the run crashed before writing one; it counts as failed below.
  }
  results.push({
    label: suite.label,
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + report.numTodoTests,
    exitCode,
    brokenFiles: brokenFiles(report),
  });
}

step('summary');
for (const r of results) {
  const state = r.exitCode === 0 && r.failed === 0 && r.passed > 0 ? 'ok  ' : 'FAIL';
  process.stdout.write(
    `${state} ${r.label.padEnd(36)} ${String(r.passed).padStart(4)} passed, ${r.failed} failed, ${r.skipped} skipped\n`,
  );
  for (const file of r.brokenFiles) process.stdout.write(`     file failed: ${file}\n`);
  if (r.exitCode !== 0 && r.failed === 0 && r.brokenFiles.length === 0) {
    process.stdout.write(
      `     vitest exited with ${r.exitCode}: see the errors printed above the suite's counts\n`,
    );
  }
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
const broken = results.filter((r) => r.exitCode !== 0 || r.passed === 0).length;
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed > 0 || broken > 0 ? 1 : 0);
