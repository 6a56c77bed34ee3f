#!/usr/bin/env node
/**
 * `liuhen`: the operator's command. Later issues add import, ledger verification and
 * backup; each command lives in its own file under commands/.
 */
import { recoverAccessCommand } from './commands/recover-access.ts';
import { serveCommand } from './commands/serve.ts';
import { VERSION } from '@liuhen/server';

const usage = `留痕 Liuhen ${VERSION}

用法:
  liuhen serve                     启动服务（与 npm start 相同，但不构建前端）
  liuhen recover-access <用户名>    为无法登录的账号生成新的一次性密码（仅限本机操作）
  liuhen version                   显示版本

配置通过环境变量传入（PORT、DATA_DIR、DATABASE_URL 等），详见 README。`;

const [command, ...args] = process.argv.slice(2);
switch (command) {
  case 'serve':
    await serveCommand();
    break;
  case 'recover-access':
    process.exitCode = await recoverAccessCommand(args);
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
