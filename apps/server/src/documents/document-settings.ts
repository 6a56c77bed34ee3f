import {
  defaultNumberPattern,
  documentKind,
  formatDocumentNumber,
  parseDocumentNumberPattern,
  RECORD_TYPE_IDS,
  type DocumentNumberPattern,
  type RecordTypeId,
} from '@liuhen/domain';
import type { AgencyRow } from '../identity/agencies.repository.ts';
import type { DocumentSettingsRow } from './document-settings.repository.ts';

/**
 * An agency's document settings in force: what it saved, or until then its name as the
 * masthead, no 复议机关 or court (a decision cannot be issued without them), and every
 * 文号 pattern defaulting to its 机关代字 + the kind's code.
 */
export interface EffectiveDocumentSettings {
  readonly version: number | null;
  readonly masthead: string;
  readonly reconsiderationBody: string | null;
  readonly court: string | null;
  readonly paymentInstructions: string | null;
  readonly ownPatterns: Partial<Record<RecordTypeId, string>>;
  pattern(kind: RecordTypeId): DocumentNumberPattern;
}

export function effectiveDocumentSettings(
  agency: AgencyRow,
  row: DocumentSettingsRow | undefined,
): EffectiveDocumentSettings {
  const ownPatterns = row?.numberPatterns ?? {};
  return {
    version: row?.version ?? null,
    masthead: row?.masthead ?? agency.name,
    reconsiderationBody: row?.reconsiderationBody ?? null,
    court: row?.court ?? null,
    paymentInstructions:
      row === undefined || row.paymentInstructions === '' ? null : row.paymentInstructions,
    ownPatterns,
    pattern(kind) {
      const source =
        ownPatterns[kind] ?? defaultNumberPattern(agency.code, documentKind(kind).numberCode);
      const parsed = parseDocumentNumberPattern(source);
      // Saved patterns were checked on save; a default one is well-formed by construction.
      if (!parsed.ok) throw new Error(`stored 文号 pattern for ${kind} is invalid: ${source}`);
      return parsed.pattern;
    },
  };
}

/** Every kind's pattern in force, with the number its first document this year would get. */
export function effectivePatterns(settings: EffectiveDocumentSettings, year: number) {
  return RECORD_TYPE_IDS.map((kind) => {
    const pattern = settings.pattern(kind);
    return {
      kind,
      title: documentKind(kind).title,
      pattern: pattern.source,
      own: settings.ownPatterns[kind] !== undefined,
      example: formatDocumentNumber(pattern, year, 1),
    };
  });
}
