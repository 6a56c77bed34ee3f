import { ConfigError, loadConfig } from './config/config.ts';
import { installGracefulShutdown, startServer, startupBanner } from './server.ts';

try {
  const config = loadConfig();
  const server = await startServer(config);
  installGracefulShutdown(server.app);
  process.stdout.write(startupBanner(server, config));
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`留痕启动失败: ${(error as Error).stack ?? String(error)}\n`);
  }
  process.exit(1);
}
