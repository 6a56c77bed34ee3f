import { PENALTY_KIND_LABELS, powerVersionKey, type DocumentFacts } from '@liuhen/domain';
import * as caseFacts from '../case-facts/case-facts.repository.ts';
import type { DbOrTx } from '../db/database.ts';
import * as powers from '../powers/powers.repository.ts';

/**
 * The case's current 案件事实 as a document prints them: each violation with the provisions
 * of the power version the case chose (not the power as it reads today), penalties by their
 * Chinese names. Null when nobody has written the facts yet.
 */
export async function caseFactsForDocuments(
  db: DbOrTx,
  caseId: string,
): Promise<DocumentFacts | null> {
  const [current] = await caseFacts.listVersions(db, caseId);
  if (current === undefined) return null;
  const { content } = current;
  const versions = await powers.versionsOf(
    db,
    current.agencyId,
    content.violations.map((violation) => violation.powerId),
  );
  const byKey = new Map(versions.map((row) => [powerVersionKey(row.powerId, row.version), row]));
  return {
    violationFacts: content.facts,
    evidence: content.evidence,
    violations: content.violations.map((violation) => {
      const power = byKey.get(powerVersionKey(violation.powerId, violation.powerVersion));
      if (power === undefined) {
        throw new Error(
          `case ${caseId} names power ${violation.powerId} v${violation.powerVersion}, which is not stored`,
        );
      }
      return {
        conduct: violation.conduct,
        provisionViolated: power.provisionViolated,
        provisionApplied: power.provisionApplied,
      };
    }),
    penalties: content.penalties.map((penalty) => ({
      kindLabel: PENALTY_KIND_LABELS[penalty.kind],
      amount: penalty.amount,
      description: penalty.description,
    })),
    performanceDays: content.performanceDays,
    mitigation: content.mitigation,
  };
}
