import {
  ConfigError,
  createConfiguredLedger,
  loadConfig,
  openDatabase,
  type Config,
  type Database,
  type Ledger,
} from '@liuhen/server';

export interface Store {
  readonly config: Config;
  readonly database: Database;
  readonly ledger: Ledger;
  close(): Promise<void>;
}

/**
 * The database and ledger the server would use, configured from the same environment
 * (DATABASE_URL, or the PGlite folder under DATA_DIR — which the server must not hold
 * open at the same time). No timers run: commands settle the ledger themselves.
 */
export async function openStore(): Promise<Store> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  const ledger = await createConfiguredLedger(
    config,
    database,
    { error: (object, message) => process.stderr.write(`${message}: ${String(object)}\n`) },
    { intervalMs: 0 },
  );
  await ledger.start();
  return {
    config,
    database,
    ledger,
    close: async () => {
      await ledger.stop();
      await database.close();
    },
  };
}

/** Runs a command body with a store; configuration errors become exit code 2. */
export async function withStore(work: (store: Store) => Promise<number>): Promise<number> {
  let store: Store;
  try {
    store = await openStore();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
