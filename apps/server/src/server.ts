import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config/config.ts';
import { openDatabase, type Database } from './db/database.ts';
import { createLedger, type Ledger } from './ledger/ledger.ts';
import { listKeys } from './ledger/ledger.repository.ts';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_PEOPLE } from './demo/demo-agencies.ts';
import { seedDemo, type DemoSummary } from './demo/seed-demo.ts';
import { scheduleFindingsRefresh } from './findings/schedule-findings-refresh.ts';
import { createIntegrity } from './integrity/integrity.ts';
import { scheduleScrub } from './ledger/scrub.ts';
import { loadOrCreateSigner } from './ledger/signing/index.ts';
import { VERSION } from './version.ts';
import { pino } from 'pino';
import { logSerializers } from './http/log-redaction.ts';
import { describeEvidenceStore, openEvidenceStore } from './evidence/open-evidence-store.ts';
import { BOOTSTRAP_ADMIN_USERNAME, bootstrapAdministrator } from './identity/bootstrap-admin.ts';

export interface StartedServer {
  readonly app: FastifyInstance;
  readonly url: string;
  readonly bootstrap: { username: string; oneTimePassword: string } | undefined;
  /** In demo mode: what was loaded into a fresh database (undefined if it was loaded before). */
  readonly demo?: DemoSummary | undefined;
}

/** Opens storage, creates the first administrator if the database is empty, and listens. */
export async function startServer(config: Config): Promise<StartedServer> {
  const logger = pino({ level: config.logLevel, serializers: logSerializers });
  const database = await openDatabase(config.database);
  let ledger: Ledger | undefined;
  try {
    ledger = await openLedger(config, database, logger);
    const bootstrap = await bootstrapAdministrator(database.db, ledger);
    const evidenceStore = await openEvidenceStore(config);
    const integrity = createIntegrity({
      db: database.db,
      ledger,
      store: evidenceStore,
      now: () => new Date(),
      logger,
      bytesPerSecond: config.evidenceScrub.bytesPerSecond,
      evidenceIntervalMs: config.evidenceScrub.intervalMs,
      rowIntervalMs: config.ledger.scrubIntervalMs,
    });
    const app = await buildApp({ config, database, evidenceStore, ledger, integrity });
    const stopIntegrity = integrity.schedule();
    const stopScrub = scheduleScrub({
      db: database.db,
      intervalMs: config.ledger.scrubIntervalMs,
      now: () => new Date(),
      logger,
    });
    const stopFindingsRefresh = scheduleFindingsRefresh({
      db: database.db,
      intervalMs: config.findingsRefreshIntervalMs,
      now: () => new Date(),
      logger,
    });
    // Before the database closes: an evidence pass stops at its next chunk, its cursor kept.
    app.addHook('preClose', async () => stopIntegrity());
    app.addHook('onClose', async () => {
      stopScrub();
      stopFindingsRefresh();
      await integrity.close();
    });
    const demo =
      config.demo && bootstrap !== undefined
        ? await seedDemo(app, bootstrap, (line) => logger.warn(line))
        : undefined;
    await app.listen({ port: config.port, host: config.host });
    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    return {
      app,
      url: `${config.tls ? 'https' : 'http'}://${shownHost}:${config.port}/`,
      bootstrap: config.demo ? undefined : bootstrap,
      demo,
    };
  } catch (error) {
    await ledger?.stop().catch(() => {});
    await database.close().catch(() => {});
    throw error;
  }
}

/** The ledger as configured, with its signing key (created on first use). */
export async function createConfiguredLedger(
  config: Config,
  database: Database,
  logger: { error(object: unknown, message: string): void },
  options: { intervalMs?: number } = {},
): Promise<Ledger> {
  const signer = await loadOrCreateSigner({
    directory: config.ledger.keyDir,
    algorithm: config.ledger.signatureAlgorithm,
  });
  return createLedger({
    db: database.db,
    hashAlgorithm: config.ledger.hashAlgorithm,
    signer,
    now: () => new Date(),
    logger,
    ...options,
  });
}

/** The signing key, the ledger's timers, and the start itself on the record. */
export async function openLedger(
  config: Config,
  database: Database,
  logger: { error(object: unknown, message: string): void },
): Promise<Ledger> {
  const ledger = await createConfiguredLedger(config, database, logger);
  const knownKeys = await listKeys(database.db);
  await ledger.start();
  const previousKey = knownKeys.at(-1);
  if (previousKey && !knownKeys.some((key) => key.keyId === ledger.signer.keyId)) {
    // A new signing key is a configuration change that outsiders must be able to see.
    await ledger.append({
      action: 'system.configuration_changed',
      agencyId: null,
      actor: { type: 'system', component: 'server' },
      data: {
        setting: 'ledger.signing_key',
        before: `${previousKey.algorithm}:${previousKey.keyId}`,
        after: `${ledger.signer.algorithm}:${ledger.signer.keyId}`,
      },
    });
  }
  await ledger.append({
    action: 'system.started',
    agencyId: null,
    actor: { type: 'system', component: 'server' },
    data: {
      version: VERSION,
      databaseDriver: database.driver,
      hashAlgorithm: config.ledger.hashAlgorithm,
      signatureAlgorithm: config.ledger.signatureAlgorithm,
      signingKeyId: ledger.signer.keyId,
    },
  });
  return ledger;
}

/** Whether only this machine can reach the address (then plain HTTP never crosses a wire). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/**
 * The lines that say, at every start, that passwords and session cookies would cross the
 * network in clear: listening beyond this machine without TLS. Empty when that is not so.
 */
export function plainHttpWarning(config: Config): string[] {
  if (config.tls || isLoopbackHost(config.host)) return [];
  return [
    `  警告：正在以明文 HTTP 监听 ${config.host}（本机以外可访问），登录密码和会话可能被窃听。`,
    '        请设置 TLS_CERT_FILE 和 TLS_KEY_FILE 启用 HTTPS，或置于 HTTPS 反向代理之后',
    '        （并设 HOST=127.0.0.1），详见 README“安全”一节。',
    `  WARNING: listening on ${config.host} over plain HTTP: passwords and session cookies`,
    '        cross the network in clear. Set TLS_CERT_FILE and TLS_KEY_FILE, or put an HTTPS',
    '        reverse proxy in front (and HOST=127.0.0.1); see the README, "Security".',
  ];
}

export function startupBanner(server: StartedServer, config: Config): string {
  const lines = [
    '',
    '==============================================================',
    '  留痕 Liuhen 已启动',
    `  访问地址:  ${server.url}`,
    `  数据库:    ${config.database.driver === 'pglite' ? `内置 PGlite (${config.database.dir})` : 'PostgreSQL'}`,
    `  证据存储:  ${describeEvidenceStore(config)}`,
  ];
  const warning = plainHttpWarning(config);
  if (warning.length > 0) {
    lines.push('--------------------------------------------------------------', ...warning);
  }
  if (config.demo) {
    lines.push(
      '--------------------------------------------------------------',
      '  演示模式：数据均为虚构，请勿录入真实案件',
      ...(server.demo
        ? [
            `  已载入 ${server.demo.agencies} 个演示机关、${server.demo.users} 个用户、${server.demo.cases} 件案件`,
          ]
        : []),
      `  所有演示账号的密码:  ${DEMO_PASSWORD}`,
      `  系统管理员:  ${BOOTSTRAP_ADMIN_USERNAME}`,
      ...DEMO_AGENCIES.map(
        (agency) =>
          `  ${agency.name}（${agency.profileId}）: ${DEMO_PEOPLE.map((p) => `${agency.prefix}.${p.login}（${p.name}）`).join(' ')}`,
      ),
    );
  }
  if (server.bootstrap) {
    lines.push(
      '--------------------------------------------------------------',
      '  首次启动：已创建系统管理员账号（此密码只显示这一次）',
      `  用户名:    ${server.bootstrap.username}`,
      `  一次性密码: ${server.bootstrap.oneTimePassword}`,
      '  登录后须立即修改密码。',
    );
  }
  lines.push('==============================================================', '');
  return lines.join('\n');
}

/** Stops accepting requests, lets those in flight finish, closes the database. */
export function installGracefulShutdown(app: FastifyInstance, timeoutMs = 10_000) {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out; exiting');
      process.exit(1);
    }, timeoutMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** What `npm start` and `liuhen serve` do: configure from the environment, start, report. */
export async function runFromEnvironment(): Promise<void> {
  try {
    const config = loadConfig();
    const server = await startServer(config);
    installGracefulShutdown(server.app);
    process.stdout.write(startupBanner(server, config));
  } catch (error) {
    process.stderr.write(
      error instanceof ConfigError
        ? `${error.message}\n`
        : `留痕启动失败: ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exit(1);
  }
}
