import { recoverAccess } from '@liuhen/server';
import { withStore } from './open-store.ts';

export async function recoverAccessCommand(args: string[]): Promise<number> {
  const [username] = args;
  if (!username) {
    process.stderr.write('请指定用户名，例如: liuhen recover-access admin\n');
    return 2;
  }
  return withStore(async ({ database, ledger }) => {
    const recovered = await recoverAccess(database.db, ledger, username);
    if (!recovered) {
      process.stderr.write(`用户不存在: ${username}\n`);
      return 1;
    }
    await ledger.flush();
    process.stdout.write(
      `已为 ${recovered.username} 生成新的一次性密码（只显示这一次，登录后须修改）:\n${recovered.oneTimePassword}\n`,
    );
    return 0;
  });
}
