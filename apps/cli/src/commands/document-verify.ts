import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { verifyDocumentBundle } from '@liuhen/server';

const USAGE =
  '用法: liuhen document verify <文书.pdf> --bundle <核验包.json> [--public-key <公钥|公钥编号|文件>]\n';

/**
 * The keys `--public-key` names: the key itself (base64, as published), its key id, or a file
 * holding either — one per line — or the JSON of /api/v1/public/ledger/keys.
 */
async function pinnedKeys(values: readonly string[]): Promise<string[]> {
  const keys: string[] = [];
  for (const value of values) {
    if (!existsSync(value)) {
      keys.push(value.trim());
      continue;
    }
    const text = (await readFile(value, 'utf8')).trim();
    try {
      const parsed = JSON.parse(text) as { items?: { keyId?: unknown; publicKey?: unknown }[] };
      for (const item of parsed.items ?? []) {
        if (typeof item.publicKey === 'string') keys.push(item.publicKey);
      }
    } catch {
      keys.push(
        ...text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      );
    }
  }
  return keys;
}

/**
 * `liuhen document verify <file.pdf> --bundle <bundle.json> [--public-key …]`: whether a PDF
 * is exactly an issued document, from the PDF and its proof bundle (核验包) alone — no
 * database, no configuration, no network. Exits 0 when it is, 1 when not, 2 on bad usage.
 */
export async function documentVerifyCommand(args: string[]): Promise<number> {
  let pdfFile: string | undefined;
  let bundleFile: string | undefined;
  const keyArgs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--bundle') bundleFile = args[++i];
    else if (arg === '--public-key') keyArgs.push(args[++i] ?? '');
    else if (pdfFile === undefined && !arg.startsWith('--')) pdfFile = arg;
    else {
      process.stderr.write(`未知参数: ${arg}\n${USAGE}`);
      return 2;
    }
  }
  if (pdfFile === undefined || bundleFile === undefined || keyArgs.includes('')) {
    process.stderr.write(USAGE);
    return 2;
  }
  let pdf: Buffer;
  let bundle: string;
  try {
    [pdf, bundle] = await Promise.all([readFile(pdfFile), readFile(bundleFile, 'utf8')]);
  } catch (error) {
    process.stderr.write(`无法读取文件 cannot read: ${(error as Error).message}\n`);
    return 2;
  }
  const keys = await pinnedKeys(keyArgs);
  const verdict = verifyDocumentBundle(pdf, bundle, keys);
  if (!verdict.ok) {
    process.stdout.write(`核验失败 INVALID: ${verdict.chinese} / ${verdict.english}\n`);
    return 1;
  }
  const { document } = verdict;
  const { checkpoint } = document;
  process.stdout.write(
    [
      '核验通过 VALID：该 PDF 与签发的文书逐字节一致',
      `  文号 ${document.number}`,
      `  文书 ${document.title}`,
      `  签发机关 ${document.masthead ?? `（签发记录未载机关名称）机关编号 ${document.agencyId ?? ''}`}`,
      `  签发时间 ${document.issuedAtText}（北京时间）`,
      `  SHA-256 ${document.sha256}`,
      `  SM3 ${document.sm3}`,
      `  留痕日志 ${checkpoint.logId}，序号 ${document.seq}；检查点树大小 ${checkpoint.treeSize}，签名时间 ${checkpoint.time}`,
      document.keyPinned
        ? `  签名公钥 ${checkpoint.signatureAlgorithm} ${checkpoint.keyId}（与指定公钥一致）`
        : `  签名公钥 ${checkpoint.signatureAlgorithm} ${checkpoint.keyId}（未指定 --public-key：请与签发机关公布的公钥核对）`,
      '',
    ].join('\n'),
  );
  return 0;
}
