export { buildApp, type AppDependencies } from './app.ts';
export { ConfigError, loadConfig, type Config } from './config/config.ts';
export { openDatabase, type Database, type DatabaseTarget } from './db/database.ts';
export { openFilesystemEvidenceStore } from './evidence/evidence-store.ts';
export { bootstrapAdministrator } from './identity/bootstrap-admin.ts';
export {
  installGracefulShutdown,
  runFromEnvironment,
  startServer,
  startupBanner,
} from './server.ts';
export { VERSION } from './version.ts';
export { recoverAccess } from './identity/recover-access.ts';
