import { readFile } from 'node:fs/promises';
import {
  checkpointProblem,
  checkpointViewSchema,
  digestFor,
  ledgerRepository,
  publishedCheckpointProblem,
  strictBase64,
  verifyLog,
  type CheckpointView,
} from '@liuhen/server';
import { withStore } from './open-store.ts';

/**
 * `liuhen ledger verify [--published <checkpoint.json>]...`: recomputes every log from the
 * database and names the first bad sequence number. Each `--published` file is a
 * checkpoint saved earlier from the public portal (GET …/checkpoints/latest): the log must
 * still contain that exact tree, or someone rewrote history after it was published.
 */
export async function ledgerVerifyCommand(args: string[]): Promise<number> {
  const published: CheckpointView[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== '--published' || !args[i + 1]) {
      process.stderr.write('用法: liuhen ledger verify [--published <检查点文件>]...\n');
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

  return withStore(async ({ database }) => {
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
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(
      `${failures === 0 ? 'ledger verified' : 'LEDGER VERIFICATION FAILED'}: ${leaves} leaves in ${seconds.toFixed(2)} s\n`,
    );
    return failures === 0 ? 0 : 1;
  });
}
