import {
  defaultTemplate,
  fieldBinds,
  isFieldRequired,
  lawRequiredPaths,
  recordTypeSpec,
  templatePathLabel,
  templateValue,
  type DocumentData,
  type DocumentFacts,
  type DocumentTemplate,
  type PlainDate,
} from '@liuhen/domain';
import { toCaseRecord, toEnforcementCase, type LoadedCase } from '../cases/case-context.ts';
import type { DbOrTx } from '../db/database.ts';
import type { CaseRecordRow } from '../records/records.repository.ts';
import type { EffectiveDocumentSettings } from './document-settings.ts';
import { latestTemplate } from './document-templates.repository.ts';

/** Where the structured case facts come from (the case-facts module). */
export type CaseFactsReader = (db: DbOrTx, caseId: string) => Promise<DocumentFacts | null>;

export interface GatheredDocument {
  readonly data: DocumentData;
  readonly template: DocumentTemplate;
  /** The agency's template version; null: the built-in template. */
  readonly templateVersion: number | null;
  /** What this document must state: the binding fields of its record and the law's items. */
  readonly requiredPaths: ReadonlySet<string>;
}

/**
 * Everything one document is made from, read in the caller's transaction: the record as
 * sealed, its case, the facts, the agency's settings and template of the kind.
 */
export async function gatherDocument(
  db: DbOrTx,
  loaded: LoadedCase,
  recordRow: CaseRecordRow,
  settings: EffectiveDocumentSettings,
  readFacts: CaseFactsReader,
  at: { readonly date: PlainDate; readonly number: string | null },
): Promise<GatheredDocument> {
  const enforcementCase = toEnforcementCase(loaded.row, loaded.officers);
  const record = toCaseRecord(recordRow);
  const own = await latestTemplate(db, loaded.row.agencyId, record.type);
  const template = own?.template ?? defaultTemplate(record.type);
  const bindingFields = recordTypeSpec(record.type).fields.filter(
    (spec) => isFieldRequired(spec, record, enforcementCase) && fieldBinds(spec, loaded.profile),
  );
  const requiredPaths = new Set([
    ...bindingFields.map((spec) => `record.${spec.key}`),
    ...lawRequiredPaths(record.type).map((entry) => entry.path),
  ]);
  const data: DocumentData = {
    agency: { name: settings.masthead },
    case: { name: loaded.row.name, number: loaded.row.caseNumber ?? null },
    parties: enforcementCase.parties,
    officers: enforcementCase.officers,
    record,
    facts: await readFacts(db, loaded.row.id),
    remedies: { reconsiderationBody: settings.reconsiderationBody, court: settings.court },
    paymentInstructions: settings.paymentInstructions,
    date: at.date,
    number: at.number,
  };
  return { data, template, templateVersion: own?.version ?? null, requiredPaths };
}

/** The items the document must state and the case does not have yet, by label. */
export function missingItems(gathered: GatheredDocument): string[] {
  const kind = gathered.data.record.type;
  return [...gathered.requiredPaths]
    .filter((path) => templateValue(gathered.data, path) === null)
    .map((path) => templatePathLabel(kind, path));
}
