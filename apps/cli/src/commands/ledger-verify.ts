import { readFile } from 'node:fs/promises';
import {
  checkpointProblem,
  checkpointViewSchema,
  createDigestPool,
  openEvidenceStore,
  verifyEvidenceStore,
  verifyRowBindings,
  digestFor,
  ledgerRepository,
  publishedCheckpointProblem,
  strictBase64,
  verifyLog,
  type CheckpointView,
} from '@liuhen/server';
import { withStore, type Store } from './open-store.ts';

/**
 * `liuhen ledger verify [--published <checkpoint.json>]...`: recomputes every log from the
 * database and names the first bad sequence number. Each `--published` file is a
 * checkpoint saved earlier from the public portal (GET …/checkpoints/latest): the log must
 * still contain that exact tree, or someone rewrote history after it was published.
 */
export async function ledgerVerifyCommand(args: string[]): Promise<number> {
  const published: CheckpointView[] = [];
  let evidence = true;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--no-evidence') {
      evidence = false;
      continue;
    }
    if (args[i] !== '--published' || !args[i + 1]) {
      process.stderr.write(
        '用法: liuhen ledger verify [--published <检查点文件>]... [--no-evidence]\n',
      );
      return 2;
    }
    const text = await readFile(args[++i]!, 'utf8');
    const parsed = checkpointViewSchema.safeParse(JSON.parse(text));
    if (!parsed.success) {
      process.stderr.write(`不是检查点文件: ${args[i]}\n`);
      return 2;
    }
    const problem = checkpointProblem(parsed.data);
    if (problem) {
      process.stderr.write(`检查点文件本身无效 (${args[i]}): ${problem}\n`);
      return 1;
    }
    published.push(parsed.data);
  }

  return withStore(async (store) => {
    const { database } = store;
    let failures = 0;
    const started = performance.now();
    let leaves = 0;
    for (const log of await ledgerRepository.listLogs(database.db)) {
      const digest = digestFor(log.hashAlgorithm as 'sha256' | 'sm3');
      const mine = published.filter((checkpoint) => checkpoint.logId === log.logId);
      const result = await verifyLog(
        database.db,
        digest,
        log.logId,
        mine.map((c) => c.treeSize),
      );
      leaves += result.entries;
      if (!result.ok) {
        failures++;
        process.stdout.write(`FAIL ${log.logId} seq ${result.failedSeq}: ${result.problem}\n`);
        continue;
      }
      for (const checkpoint of mine) {
        const problem = publishedCheckpointProblem(result, {
          treeSize: checkpoint.treeSize,
          rootHash: strictBase64(checkpoint.rootHash, 'rootHash'),
          time: checkpoint.time,
        });
        if (problem) failures++;
        process.stdout.write(
          problem
            ? `FAIL ${log.logId}: ${problem}\n`
            : `ok   ${log.logId}: consistent with the checkpoint published at ${checkpoint.time} (size ${checkpoint.treeSize})\n`,
        );
      }
      if (result.ok) {
        process.stdout.write(
          `ok   ${log.logId}: ${result.entries} entries, ${result.checkpoints} checkpoints\n`,
        );
      }
    }
    for (const checkpoint of published) {
      if (!(await ledgerRepository.findLog(database.db, checkpoint.logId))) {
        failures++;
        process.stdout.write(
          `FAIL ${checkpoint.logId}: published log is missing from the database\n`,
        );
      }
    }
    failures += await verifyOriginals(store, evidence);
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${failures === 0 ? 'ledger verified' : 'LEDGER VERIFICATION FAILED'}: ${leaves} leaves in ${seconds.toFixed(2)} s\n`,
    );
    return failures === 0 ? 0 : 1;
  });
}

const entryText = (entry: { log: string; seq: number } | null) =>
  entry === null ? 'no ledger entry' : `ledger ${entry.log} seq ${entry.seq}`;

/**
 * The originals against the ledger (issue 14): every sealed row against the entry that
 * sealed it, and (unless --no-evidence) every stored object re-hashed. Returns the failures.
 */
async function verifyOriginals(store: Store, evidence: boolean): Promise<number> {
  let failures = 0;
  const rows = await verifyRowBindings(store.database.db);
  for (const m of rows.mismatches) {
    failures++;
    process.stdout.write(
      `FAIL ${m.kind} ${m.rowId} (case ${m.caseId ?? '-'}, ${entryText(m.ledgerEntry)}): ${m.problem}\n`,
    );
  }
  if (rows.mismatches.length === 0) {
    process.stdout.write(`ok   rows: ${rows.rowsChecked} sealed rows match their ledger entries\n`);
  }
  if (!evidence) return failures;
  const pool = createDigestPool({ size: 2 });
  try {
    const result = await verifyEvidenceStore({
      db: store.database.db,
      store: await openEvidenceStore(store.config),
      pool,
    });
    for (const c of result.corrupted) {
      failures++;
      const cases = [...new Set(c.cases.map((x) => x.caseId))].join(', ') || '-';
      const entries = c.ledgerEntries.map(entryText).join(', ') || 'no ledger entry';
      process.stdout.write(
        `FAIL evidence_object ${c.evidenceObjectId} (cases ${cases}, ${entries}): ${c.problem}\n`,
      );
    }
    if (result.corrupted.length === 0) {
      process.stdout.write(
        `ok   evidence: ${result.objectsChecked} stored objects (${result.bytesChecked} bytes) match their digests\n`,
      );
    }
  } finally {
    await pool.close();
  }
  return failures;
}
