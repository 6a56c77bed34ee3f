export { buildApp, type AppDependencies } from './app.ts';
export { ConfigError, loadConfig, type Config } from './config/config.ts';
export { openDatabase, type Database, type DatabaseTarget } from './db/database.ts';
export { openFilesystemEvidenceStore } from './evidence/filesystem-evidence-store.ts';
export { openEvidenceStore } from './evidence/open-evidence-store.ts';
export { bootstrapAdministrator } from './identity/bootstrap-admin.ts';
export {
  installGracefulShutdown,
  runFromEnvironment,
  startServer,
  startupBanner,
} from './server.ts';
export { VERSION } from './version.ts';
export { recoverAccess } from './identity/recover-access.ts';
export { createConfiguredLedger, openLedger } from './server.ts';
export type { Ledger } from './ledger/ledger.ts';
export { createLedgerReader } from './ledger/ledger-reader.ts';
export {
  publishedCheckpointProblem,
  verifyAllLogs,
  verifyLog,
  type LogVerification,
} from './ledger/verification.ts';
export { serializeBundle, verifyBundle, checkpointProblem, type Bundle } from './ledger/bundle.ts';
export {
  verifyDocumentBundle,
  type DocumentVerdict,
  type VerifiedDocument,
} from './documents/verify-document-bundle.ts';
export {
  checkpointViewSchema,
  strictBase64,
  type CheckpointView,
} from './ledger/checkpoint-view.ts';
export { consistencyProofFromStorage } from './ledger/checkpointer.ts';
export { digestFor } from './ledger/digests.ts';
export * as ledgerRepository from './ledger/ledger.repository.ts';
export { verifyRowBindings, type RowMismatch } from './integrity/verify-rows.ts';
export { verifyEvidenceStore, type CorruptedObject } from './integrity/verify-evidence.ts';
export { createDigestPool } from './uploads/digest-pool.ts';
