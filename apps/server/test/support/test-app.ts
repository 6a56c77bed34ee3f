import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config/config.ts';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { openFilesystemEvidenceStore } from '../../src/evidence/filesystem-evidence-store.ts';
import { bootstrapAdministrator } from '../../src/identity/bootstrap-admin.ts';
import { createLedger, type Ledger } from '../../src/ledger/ledger.ts';
import { loadOrCreateSigner } from '../../src/ledger/signing/index.ts';
import { createTestDatabase, testDriver, type TestDatabase } from './test-database.ts';

/**
 * The ledger as the server builds it, with a key in the test's data folder. Its timers do
 * not run: tests call `settle()` to sequence and sign at a moment they choose.
 */
export async function createTestLedger(
  database: Database,
  config: Config,
  now: () => Date = () => new Date(),
): Promise<Ledger> {
  const signer = await loadOrCreateSigner({
    directory: config.ledger.keyDir,
    algorithm: config.ledger.signatureAlgorithm,
  });
  const ledger = createLedger({
    db: database.db,
    hashAlgorithm: config.ledger.hashAlgorithm,
    signer,
    now,
    logger: { error: () => {} },
    intervalMs: 0,
  });
  await ledger.start();
  return ledger;
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly database: Database;
  readonly ledger: Ledger;
  readonly config: Config;
  readonly admin: { username: string; oneTimePassword: string };
  /** Moves the injected clock forward. */
  advance(ms: number): void;
  close(): Promise<void>;
  /**
   * Closes the app but keeps its data folder and database, as a server that stopped would:
   * pass the result to `createTestApp` to start again on them. Needs `persistent: true`.
   */
  stop(): Promise<TestStorage>;
}

/** The data folder and database of a stopped test app. */
export interface TestStorage {
  readonly dataDir: string;
  readonly database: TestDatabase;
  readonly admin: { username: string; oneTimePassword: string };
}

export interface TestAppOptions {
  /** Keep the database where a restart can find it (PGlite in the data folder, not memory). */
  readonly persistent?: boolean;
  /** Start on a stopped app's data folder and database. */
  readonly storage?: TestStorage;
  /**
   * The app's clock reads this instant at creation and runs on from it, so a test about
   * dates (which years' holidays are entered) does not depend on the day it runs.
   */
  readonly clockStartsAt?: Date;
}

export async function createTestApp(
  env: Record<string, string> = {},
  options: TestAppOptions = {},
): Promise<TestApp> {
  const dataDir = options.storage?.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'liuhen-test-')));
  const testDatabase =
    options.storage?.database ??
    (options.persistent && testDriver === 'pglite'
      ? {
          target: { driver: 'pglite' as const, dir: path.join(dataDir, 'db') },
          drop: async () => {},
        }
      : await createTestDatabase());
  const config = {
    ...loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...env }),
    database: testDatabase.target,
  };
  const database = await openDatabase(config.database);
  let offsetMs =
    options.clockStartsAt === undefined ? 0 : options.clockStartsAt.getTime() - Date.now();
  const now = () => new Date(Date.now() + offsetMs);
  const ledger = await createTestLedger(database, config, now);
  const admin = options.storage?.admin ?? (await bootstrapAdministrator(database.db, ledger));
  if (!admin) throw new Error('a fresh test database already had users');
  const evidenceStore = await openFilesystemEvidenceStore(config.evidenceDir);
  const app = await buildApp({ config, database, evidenceStore, ledger, now, logger: false });
  await app.ready();
  return {
    app,
    database,
    ledger,
    config,
    admin,
    advance: (ms) => {
      offsetMs += ms;
    },
    close: async () => {
      await app.close();
      await testDatabase.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
    stop: async () => {
      if (!options.persistent && options.storage === undefined) {
        throw new Error('stop() needs createTestApp(env, { persistent: true })');
      }
      await app.close();
      return { dataDir, database: testDatabase, admin };
    },
  };
}

type Json = Record<string, unknown> | unknown[];

/** A signed-in browser-like client: keeps the session cookie and sends the CSRF header. */
export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;
  readonly app: FastifyInstance;

  constructor(app: FastifyInstance) {
    this.app = app;
  }

  async request(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: Json) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const response = await this.app.inject({
      method,
      url,
      headers,
      ...(body === undefined ? {} : { payload: body }),
    });
    this.#remember(response);
    return response;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: Json) {
    return this.request('POST', url, body);
  }
  patch(url: string, body: Json) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body: Json) {
    return this.request('PUT', url, body);
  }

  async login(username: string, password: string) {
    const response = await this.post('/api/v1/auth/login', { username, password });
    if (response.statusCode === 200) this.csrfToken = response.json().csrfToken;
    return response;
  }

  #remember(response: LightMyRequestResponse) {
    const session = response.cookies.find((cookie) => cookie.name === 'liuhen_session');
    if (session) this.cookie = session.value ? `liuhen_session=${session.value}` : undefined;
  }
}

export const STRONG_PASSWORD = 'Zhifa-2026-anquan';

/** Logs in as the bootstrap administrator and replaces the one-time password. */
export async function signInAdmin(testApp: TestApp): Promise<Client> {
  const client = new Client(testApp.app);
  const login = await client.login(testApp.admin.username, testApp.admin.oneTimePassword);
  if (login.statusCode !== 200) throw new Error(`admin login failed: ${login.body}`);
  const change = await client.post('/api/v1/auth/password', {
    currentPassword: testApp.admin.oneTimePassword,
    newPassword: STRONG_PASSWORD,
  });
  if (change.statusCode !== 200) throw new Error(`admin password change failed: ${change.body}`);
  return client;
}

/** Creates a user through the API and signs them in with a changed password. */
export async function createAndSignIn(
  testApp: TestApp,
  admin: Client,
  user: Record<string, unknown> & { username: string },
): Promise<{ client: Client; id: string }> {
  const created = await admin.post('/api/v1/users', user);
  if (created.statusCode !== 201) throw new Error(`create user failed: ${created.body}`);
  const { oneTimePassword, user: view } = created.json();
  const client = new Client(testApp.app);
  await client.login(user.username, oneTimePassword);
  const change = await client.post('/api/v1/auth/password', {
    currentPassword: oneTimePassword,
    newPassword: STRONG_PASSWORD,
  });
  if (change.statusCode !== 200) throw new Error(`password change failed: ${change.body}`);
  return { client, id: view.id };
}
