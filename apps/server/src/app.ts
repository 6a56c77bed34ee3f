import fastifyCookie from '@fastify/cookie';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { approvalsRoutes } from './approvals/approvals.routes.ts';
import { createApprovalsService } from './approvals/approvals.service.ts';
import { attachmentsRoutes } from './attachments/attachments.routes.ts';
import { createAttachmentsService } from './attachments/attachments.service.ts';
import { createAuthService } from './auth/auth.service.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { createAccessTokens } from './evidence/access-tokens.ts';
import { avRecordsRoutes } from './av-records/av-records.routes.ts';
import { accessHistoryRoutes } from './access/access-history.routes.ts';
import { createAccessHistoryService } from './access/access-history.service.ts';
import { accessRequestsRoutes } from './access/access-requests.routes.ts';
import { supervisionsRoutes } from './access/supervisions.routes.ts';
import { createCopyIssuer } from './evidence/copy-issuer.ts';
import { externalReadersRoutes } from './access/external-readers.routes.ts';
import { createSupervisionsService } from './access/supervisions.service.ts';
import { createAccessRequestsService } from './access/access-requests.service.ts';
import { createAvRecordsService } from './av-records/av-records.service.ts';
import { devicesRoutes } from './body-cameras/body-cameras.routes.ts';
import { createBodyCamerasService } from './body-cameras/body-cameras.service.ts';
import { importedFilesRoutes } from './station-import/imported-files.routes.ts';
import { incidentsRoutes } from './incidents/incidents.routes.ts';
import { caseFactsRoutes } from './case-facts/case-facts.routes.ts';
import { createCaseFactsService } from './case-facts/case-facts.service.ts';
import { powersRoutes } from './powers/powers.routes.ts';
import { createPowersService } from './powers/powers.service.ts';
import { createIncidentsService } from './incidents/incidents.service.ts';
import { createImportedFilesService } from './station-import/imported-files.service.ts';
import { registerAuthentication } from './auth/authentication.hook.ts';
import { calendarRoutes } from './calendar/calendar.routes.ts';
import { createCalendarService } from './calendar/calendar.service.ts';
import { holidayAdminRoutes } from './calendar/holiday-admin.routes.ts';
import { casesRoutes } from './cases/cases.routes.ts';
import { decisionPeriodRoutes } from './cases/decision-period.routes.ts';
import { createDecisionPeriodService } from './cases/decision-period.service.ts';
import { createCasesService } from './cases/cases.service.ts';
import type { Config } from './config/config.ts';
import type { Database } from './db/database.ts';
import type { EvidenceStore } from './evidence/evidence-store.ts';
import { findingsRoutes } from './findings/findings.routes.ts';
import { healthRoutes } from './health/health.routes.ts';
import { createIntegrity, type Integrity } from './integrity/integrity.ts';
import { integrityRoutes } from './integrity/integrity.routes.ts';
import { integrityStatus } from './integrity/integrity-status.ts';
import { handleClientError, registerErrorHandling } from './http/error-handler.ts';
import { registerInputHardening } from './http/input-hardening.ts';
import { logSerializers } from './http/log-redaction.ts';
import { instanceRoutes } from './http/instance.routes.ts';
import { registerOpenApi, registerOpenApiRoute } from './http/openapi.ts';
import { registerSecurityHeaders } from './http/security-headers.ts';
import { registerWebApp } from './http/web-app.ts';
import { agenciesRoutes } from './identity/agencies.routes.ts';
import { createAgenciesService } from './identity/agencies.service.ts';
import { usersRoutes } from './identity/users.routes.ts';
import { createUsersService } from './identity/users.service.ts';
import { createLedgerReader } from './ledger/ledger-reader.ts';
import type { Ledger } from './ledger/ledger.ts';
import { ledgerRoutes } from './ledger/ledger.routes.ts';
import { latestScrub } from './ledger/scrub.ts';
import { agencyProfilesRoutes } from './profiles/agency-profiles.routes.ts';
import { avItemListRoutes } from './profiles/av-item-list.routes.ts';
import { createAgencyProfilesService } from './profiles/agency-profiles.service.ts';
import { caseFactsForDocuments } from './documents/case-facts-for-documents.ts';
import { createDocumentRenderer } from './documents/create-document-renderer.ts';
import type { DocumentRenderer } from './documents/document-renderer.ts';
import { registerDocuments } from './documents/register-documents.ts';
import { signaturesRoutes } from './signatures/signatures.routes.ts';
import { createSignaturesService } from './signatures/signatures.service.ts';
import { createAvItemListPublicationsService } from './profiles/av-item-list-publications.service.ts';
import { profilesRoutes } from './profiles/profiles.routes.ts';
import { recordsRoutes } from './records/records.routes.ts';
import { regulationsRoutes } from './regulations/regulations.routes.ts';
import { createRecordsService } from './records/records.service.ts';
import { savedViewsRoutes } from './saved-views/saved-views.routes.ts';
import { createSavedViewsService } from './saved-views/saved-views.service.ts';
import { uploadsRoutes } from './uploads/uploads.routes.ts';
import { createUploadsService } from './uploads/uploads.service.ts';
import { VERSION } from './version.ts';

z.config(z.locales.zhCN());

export interface AppDependencies {
  readonly config: Config;
  readonly database: Database;
  readonly evidenceStore: EvidenceStore;
  readonly ledger: Ledger;
  /** The evidence and row re-proving; the server passes the one it schedules. */
  readonly integrity?: Integrity;
  /** Injected so tests can move time (lockout expiry, session expiry). */
  readonly now?: () => Date;
  /** PDF and DOCX making; default: worker threads started on the first document. */
  readonly documentRenderer?: DocumentRenderer;
  /** `stream`: where the log goes instead of stdout (tests read it). */
  readonly logger?: boolean | { level: string; stream?: { write(line: string): void } };
}

function cachedFor<T>(ms: number, load: () => Promise<T>): () => Promise<T> {
  let cached: { at: number; value: Promise<T> } | undefined;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > ms) {
      const value = load();
      cached = { at: now, value };
      value.catch(() => (cached = undefined));
    }
    return cached.value;
  };
}

export async function buildApp(deps: AppDependencies): Promise<FastifyInstance> {
  const { config, database, evidenceStore, ledger } = deps;
  const now = deps.now ?? (() => new Date());
  const logger = deps.logger ?? { level: config.logLevel };
  const app = Fastify({
    logger: typeof logger === 'object' ? { ...logger, serializers: logSerializers } : logger,
    // The session cookie and the first login's one-time password never cross in clear.
    // Typed as the plain HTTP server: routes see the same request either way.
    ...((config.tls ? { https: { cert: config.tls.cert, key: config.tls.key } } : {}) as Record<
      string,
      never
    >),
    clientErrorHandler: handleClientError,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    // Request lines are noise for a township's console; failures are logged by the error handler.
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { ignoreTrailingSlash: true },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Only JSON bodies: a cross-site HTML form cannot send one without a CORS preflight.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app, config.bodyLimitBytes);
  registerInputHardening(app);
  registerSecurityHeaders(app);

  await registerOpenApi(app, VERSION);
  await app.register(fastifyCookie);

  const auth = createAuthService({
    db: database.db,
    ledger,
    sessionTtlMs: config.sessionTtlMs,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
    now,
  });
  registerAuthentication(app, auth);

  const integrity =
    deps.integrity ??
    createIntegrity({
      db: database.db,
      ledger,
      store: evidenceStore,
      now,
      logger: app.log,
      bytesPerSecond: config.evidenceScrub.bytesPerSecond,
      evidenceIntervalMs: config.evidenceScrub.intervalMs,
      rowIntervalMs: config.ledger.scrubIntervalMs,
    });
  if (deps.integrity === undefined) app.addHook('onClose', () => integrity.close());
  await app.register(healthRoutes, {
    database,
    evidenceStore,
    version: VERSION,
    // Scrubs run hours apart; health checks come every few seconds.
    lastScrub: cachedFor(5_000, () => latestScrub(database.db)),
    integrity: cachedFor(5_000, () => integrityStatus(database.db, { maxAlarms: 10 })),
  });
  await app.register(integrityRoutes, { db: database.db });
  await app.register(instanceRoutes, { demo: config.demo, version: VERSION });
  await app.register(ledgerRoutes, { reader: createLedgerReader(database.db) });
  await app.register(authRoutes, { auth, cookieSecure: config.cookieSecure });
  await app.register(agenciesRoutes, { agencies: createAgenciesService(database.db, ledger) });
  await app.register(usersRoutes, { users: createUsersService(database.db, ledger) });
  await app.register(calendarRoutes, { db: database.db });
  await app.register(holidayAdminRoutes, {
    calendar: createCalendarService(database.db, ledger, now),
  });
  await app.register(profilesRoutes);
  const agencyProfiles = createAgencyProfilesService(database.db, ledger);
  await app.register(agencyProfilesRoutes, { agencyProfiles });
  const publications = createAvItemListPublicationsService(database.db, ledger, agencyProfiles);
  await app.register(avItemListRoutes, { db: database.db, agencyProfiles, publications, now });
  await app.register(regulationsRoutes);
  await app.register(powersRoutes, {
    powers: createPowersService(database.db, ledger, agencyProfiles),
  });
  await app.register(casesRoutes, { cases: createCasesService(database.db, ledger, now) });
  await app.register(decisionPeriodRoutes, {
    periods: createDecisionPeriodService(database.db, ledger, now),
  });
  await app.register(approvalsRoutes, {
    approvals: createApprovalsService(database.db, ledger, now),
  });
  await app.register(findingsRoutes, { db: database.db });
  await app.register(savedViewsRoutes, {
    savedViews: createSavedViewsService(database.db, now),
  });
  await app.register(recordsRoutes, { records: createRecordsService(database.db, ledger, now) });
  await app.register(caseFactsRoutes, {
    caseFacts: createCaseFactsService(database.db, ledger, now),
  });
  const uploads = createUploadsService({
    db: database.db,
    ledger,
    store: evidenceStore,
    uploadsDir: config.uploadsDir,
    postersDir: config.postersDir,
    maxUploadBytes: config.maxUploadBytes,
    now,
    logger: app.log,
  });
  app.addHook('preClose', async () => uploads.interrupt());
  app.addHook('onClose', () => uploads.close());
  await app.register(uploadsRoutes, { uploads, maxUploadBytes: config.maxUploadBytes });
  // Per process: a playback or viewing link outlives neither the server nor two hours.
  const accessTokens = createAccessTokens();
  const copies = createCopyIssuer({
    db: database.db,
    store: evidenceStore,
    copiesDir: config.copiesDir,
    now,
    integrity: integrity.guard,
  });
  await app.register(avRecordsRoutes, {
    avRecords: createAvRecordsService({
      db: database.db,
      ledger,
      store: evidenceStore,
      postersDir: config.postersDir,
      accessTokens,
      copies,
      now,
    }),
  });
  await app.register(attachmentsRoutes, {
    attachments: createAttachmentsService({
      db: database.db,
      ledger,
      store: evidenceStore,
      accessTokens,
      copies,
      now,
    }),
  });
  await app.register(devicesRoutes, {
    bodyCameras: createBodyCamerasService(database.db, ledger, now),
  });
  await app.register(importedFilesRoutes, {
    importedFiles: createImportedFilesService({
      db: database.db,
      ledger,
      store: evidenceStore,
      postersDir: config.postersDir,
      accessTokens,
      copies,
      now,
    }),
  });
  await app.register(incidentsRoutes, {
    incidents: createIncidentsService({
      db: database.db,
      ledger,
      postersDir: config.postersDir,
      now,
    }),
  });
  await app.register(supervisionsRoutes, {
    supervisions: createSupervisionsService(database.db, ledger),
  });
  await app.register(accessHistoryRoutes, {
    accessHistory: createAccessHistoryService(database.db, now),
  });
  await app.register(externalReadersRoutes, { db: database.db });
  await app.register(accessRequestsRoutes, {
    accessRequests: createAccessRequestsService(database.db, ledger, now),
  });
  const documentRenderer =
    deps.documentRenderer ?? createDocumentRenderer({ fontsDirectory: config.documentFontsDir });
  if (deps.documentRenderer === undefined) app.addHook('onClose', () => documentRenderer.close());
  await registerDocuments(app, {
    db: database.db,
    ledger,
    store: evidenceStore,
    agencyProfiles,
    renderer: documentRenderer,
    readFacts: caseFactsForDocuments,
    copies,
    integrity: integrity.guard,
    workDir: config.uploadsDir,
    publicUrl: config.publicUrl,
    now,
  });
  await app.register(signaturesRoutes, {
    signatures: createSignaturesService({
      db: database.db,
      ledger,
      store: evidenceStore,
      integrity: integrity.guard,
      workDir: config.uploadsDir,
      now,
    }),
  });
  registerOpenApiRoute(app);
  await registerWebApp(app, config.webDistDir);

  app.addHook('onClose', async () => {
    await ledger.stop();
    await database.close();
  });
  return app;
}
