// The database schema, one file per module under ./schema/. This index re-exports them so
// that drizzle-kit (drizzle.config.ts) and every repository import one module.
export * from './schema/identity.ts';
export * from './schema/auth.ts';
export * from './schema/ledger.ts';
export * from './schema/cases.ts';
export * from './schema/approvals.ts';
export * from './schema/findings.ts';
export * from './schema/evidence.ts';
export * from './schema/uploads.ts';
export * from './schema/av-records.ts';
export * from './schema/attachments.ts';
export * from './schema/saved-views.ts';
export * from './schema/body-cameras.ts';
export * from './schema/incidents.ts';
export * from './schema/station-import.ts';
export * from './schema/access.ts';
export * from './schema/integrity.ts';
export * from './schema/calendar.ts';
export * from './schema/profiles.ts';
export * from './schema/powers.ts';
export * from './schema/case-facts.ts';
export * from './schema/documents.ts';
export * from './schema/deliveries.ts';
export * from './schema/signatures.ts';
