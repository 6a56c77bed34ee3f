import { createInterface } from 'node:readline/promises';

/**
 * The station's account: from the environment (a station that runs unattended), else asked
 * at the terminal with the password not echoed. Undefined when neither is possible.
 */
export async function askCredentials(): Promise<
  { username: string; password: string } | undefined
> {
  const username = process.env.LIUHEN_USERNAME;
  const password = process.env.LIUHEN_PASSWORD;
  if (username && password) return { username, password };
  if (!process.stdin.isTTY) return undefined;
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    const name = username || (await prompt.question('用户名: '));
    process.stdout.write('密码: ');
    const muted = prompt as unknown as { _writeToOutput: (text: string) => void };
    const original = muted._writeToOutput;
    muted._writeToOutput = () => {};
    const secret = await prompt.question('');
    muted._writeToOutput = original;
    process.stdout.write('\n');
    return name && secret ? { username: name, password: secret } : undefined;
  } finally {
    prompt.close();
  }
}
