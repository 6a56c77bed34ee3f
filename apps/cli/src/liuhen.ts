/**
 * `liuhen`: the operator's command; each command lives in its own file under commands/ and
 * is loaded only when asked for (the station's `import` needs none of the server).
 */
import { importUsage } from './commands/import-usage.ts';
import { VERSION } from '@liuhen/server/version';
const usage = `留痕 Liuhen ${VERSION}

用法:
  liuhen serve                     启动服务（与 npm start 相同，但不构建前端）
  liuhen recover-access <用户名>    为无法登录的账号生成新的一次性密码（仅限本机操作）
  liuhen ledger verify [--published <检查点文件>]... [--no-evidence]
                                   从数据库重算全部留痕日志，指出第一个出错的序号；
                                   与此前公布的检查点比对，发现被改写的历史；
                                   核对已封存记录与日志，重算证据文件哈希
  liuhen ledger prove <序号> [--log <日志>] [--checkpoint <树大小>] [--out <文件>]
                                   导出条目、包含证明、签名检查点和公钥（证明包）
  liuhen verify-bundle <文件>       离线校验证明包（无需数据库和网络）
  liuhen document verify <文书.pdf> --bundle <核验包.json> [--public-key <公钥|公钥编号|文件>]
                                   离线核验文书 PDF 是否即签发的文书（文号、机关、签发时间）；
                                   --public-key 指定签发机关公布的公钥，否则只校验核验包自洽
  ${importUsage}
  liuhen version                   显示版本

配置通过环境变量传入（PORT、DATA_DIR、DATABASE_URL 等），详见 README。`;

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'serve':
    await (await import('./commands/serve.ts')).serveCommand();
    break;
  case 'recover-access':
    process.exitCode = await (
      await import('./commands/recover-access.ts')
    ).recoverAccessCommand(args);
    break;
  case 'ledger': {
    const [sub, ...rest] = args;
    if (sub === 'verify') {
      process.exitCode = await (
        await import('./commands/ledger-verify.ts')
      ).ledgerVerifyCommand(rest);
    } else if (sub === 'prove') {
      process.exitCode = await (
        await import('./commands/ledger-prove.ts')
      ).ledgerProveCommand(rest);
    } else {
      process.stderr.write(`未知命令: ledger ${sub ?? ''}\n\n${usage}\n`);
      process.exitCode = 2;
    }
    break;
  }
  case 'document': {
    const [sub, ...rest] = args;
    if (sub === 'verify') {
      process.exitCode = await (
        await import('./commands/document-verify.ts')
      ).documentVerifyCommand(rest);
    } else {
      process.stderr.write(`未知命令: document ${sub ?? ''}\n\n${usage}\n`);
      process.exitCode = 2;
    }
    break;
  }
  case 'import':
    process.exitCode = await (await import('./commands/import.ts')).importCommand(args);
    break;
  case 'verify-bundle':
    process.exitCode = await (
      await import('./commands/verify-bundle.ts')
    ).verifyBundleCommand(args);
    break;
  case 'version':
  case '--version':
    process.stdout.write(`${VERSION}\n`);
    break;
  case undefined:
  case 'help':
  case '--help':
  case '-h':
    process.stdout.write(`${usage}\n`);
    break;
  default:
    process.stderr.write(`未知命令: ${command}\n\n${usage}\n`);
    process.exitCode = 2;
}
