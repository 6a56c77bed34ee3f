import { readFile } from 'node:fs/promises';
import { verifyBundle } from '@liuhen/server';

/** `liuhen verify-bundle <file>`: needs no database, no configuration, no network. */
export async function verifyBundleCommand(args: string[]): Promise<number> {
  const [file] = args;
  if (!file) {
    process.stderr.write('用法: liuhen verify-bundle <证明包文件>\n');
    return 2;
  }
  const verdict = verifyBundle(await readFile(file, 'utf8'));
  if (!verdict.ok) {
    process.stdout.write(`校验失败 INVALID: ${verdict.problem}\n`);
    return 1;
  }
  const entry = verdict.entry as { action?: string; time?: string; seq?: number; actor?: unknown };
  process.stdout.write(
    [
      '校验通过 VALID',
      `  日志 ${verdict.checkpoint.logId}，序号 ${entry.seq}，动作 ${entry.action}，时间 ${entry.time}`,
      `  包含于检查点：树大小 ${verdict.checkpoint.treeSize}，签名时间 ${verdict.checkpoint.time}`,
      `  签名：${verdict.checkpoint.signatureAlgorithm} 公钥 ${verdict.checkpoint.keyId}`,
      '',
    ].join('\n'),
  );
  return 0;
}
