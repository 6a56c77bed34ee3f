import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.ts';
import { deliveriesRoutes } from '../deliveries/deliveries.routes.ts';
import { createDeliveriesService } from '../deliveries/deliveries.service.ts';
import type { CopyIssuer } from '../evidence/copy-issuer.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import type { IntegrityGuard } from '../integrity/require-intact.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { AgencyProfilesService } from '../profiles/agency-profiles.service.ts';
import type { CaseFactsReader } from './document-inputs.ts';
import { documentHandoutsRoutes } from './document-handouts.routes.ts';
import { createDocumentProofs } from './document-proof.service.ts';
import type { DocumentRenderer } from './document-renderer.ts';
import { documentSettingsRoutes } from './document-settings.routes.ts';
import { documentTemplatesRoutes } from './document-templates.routes.ts';
import { createDocumentTemplatesService } from './document-templates.service.ts';
import { createDocumentSettingsService } from './document-settings.service.ts';
import { documentsRoutes } from './documents.routes.ts';
import { createDocumentsService } from './documents.service.ts';
import { createPartyCopies } from './party-copy.service.ts';
import { createBatchPrinter } from './print-batch.service.ts';
import { verificationRoutes } from './verification.routes.ts';
import { createVerificationService } from './verification.service.ts';

export interface DocumentsModule {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly agencyProfiles: AgencyProfilesService;
  readonly renderer: DocumentRenderer;
  readonly readFacts: CaseFactsReader;
  /** Marked copies (a party's copy of a document). */
  readonly copies: CopyIssuer;
  readonly integrity: Pick<IntegrityGuard, 'requireIntactObject'>;
  readonly workDir: string;
  readonly publicUrl: string;
  readonly now: () => Date;
}

/**
 * The document layer's routes: settings, templates, drafts and issuing, 电子送达, proof
 * bundles, batch print, party copies, and public verification.
 */
export async function registerDocuments(app: FastifyInstance, module: DocumentsModule) {
  const { db, ledger, agencyProfiles, now } = module;
  await app.register(documentSettingsRoutes, {
    documentSettings: createDocumentSettingsService(db, ledger, agencyProfiles, now),
  });
  await app.register(documentTemplatesRoutes, {
    documentTemplates: createDocumentTemplatesService(module),
  });
  const documents = createDocumentsService(module);
  await app.register(documentsRoutes, { documents });
  await app.register(deliveriesRoutes, {
    deliveries: createDeliveriesService({ ...module, documents }),
  });
  await app.register(documentHandoutsRoutes, {
    proofs: createDocumentProofs({ db, ledger, documents }),
    printer: createBatchPrinter({ ...module, documents }),
    partyCopies: createPartyCopies(module),
  });
  await app.register(verificationRoutes, { verification: createVerificationService(db) });
}
