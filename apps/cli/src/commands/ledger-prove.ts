import { writeFile } from 'node:fs/promises';
import { createLedgerReader, serializeBundle } from '@liuhen/server';
import { withStore } from './open-store.ts';

/**
 * `liuhen ledger prove <seq> [--log <logId>] [--checkpoint <size>] [--out <file>]`: writes
 * the entry, its inclusion proof, the signed checkpoint and the public key as one JSON
 * bundle that `liuhen verify-bundle` checks with nothing else.
 */
export async function ledgerProveCommand(args: string[]): Promise<number> {
  const options = {
    log: 'platform',
    checkpoint: undefined as number | undefined,
    out: undefined as string | undefined,
  };
  let seq: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--log') options.log = args[++i] ?? '';
    else if (arg === '--checkpoint') options.checkpoint = Number(args[++i]);
    else if (arg === '--out') options.out = args[++i];
    else seq = Number(arg);
  }
  if (seq === undefined || !Number.isSafeInteger(seq) || seq < 0) {
    process.stderr.write(
      '用法: liuhen ledger prove <序号> [--log <日志>] [--checkpoint <树大小>] [--out <文件>]\n',
    );
    return 2;
  }
  return withStore(async ({ database, ledger }) => {
    // Sign a checkpoint now if the entry is newer than the last one.
    await ledger.settle();
    const reader = createLedgerReader(database.db);
    // Whoever runs this holds the server's database credentials: no further authorisation.
    const bundle = await reader.bundle(options.log, seq, options.checkpoint);
    const text = serializeBundle(bundle);
    const out = options.out ?? `liuhen-proof-${options.log}-${seq}.json`;
    await writeFile(out, text, { flag: 'wx' });
    process.stdout.write(
      `已写入证明包: ${out}（日志 ${options.log}，序号 ${seq}，检查点树大小 ${bundle.checkpoint.treeSize}）\n`,
    );
    return 0;
  });
}
