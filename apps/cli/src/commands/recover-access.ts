import { ConfigError, loadConfig, openDatabase, recoverAccess } from '@liuhen/server';

export async function recoverAccessCommand(args: string[]): Promise<number> {
  const [username] = args;
  if (!username) {
    process.stderr.write('请指定用户名，例如: liuhen recover-access admin\n');
    return 2;
  }
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const database = await openDatabase(config.database);
  try {
    const recovered = await recoverAccess(database.db, username);
    if (!recovered) {
      process.stderr.write(`用户不存在: ${username}\n`);
      return 1;
    }
    process.stdout.write(
      `已为 ${recovered.username} 生成新的一次性密码（只显示这一次，登录后须修改）:\n${recovered.oneTimePassword}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
