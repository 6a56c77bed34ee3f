import { evaluateRules } from '@liuhen/domain';
import { loadCase, ruleContextOf } from '../cases/case-context.ts';
import * as cases from '../cases/cases.repository.ts';
import { findingView } from '../cases/finding-view.ts';
import type { DbOrTx } from '../db/database.ts';
import { replaceFindings } from './findings.repository.ts';

/**
 * Recomputes one case's findings and stores them, inside the caller's transaction, so the
 * list across cases never disagrees with the case it came from. A case closed in error
 * has none: it is no longer worked on.
 */
export async function refreshCaseFindings(tx: DbOrTx, caseId: string, now: Date): Promise<void> {
  const row = await cases.findCase(tx, caseId);
  if (!row) return;
  if (row.closedInErrorAt !== null) {
    await replaceFindings(tx, caseId, []);
    return;
  }
  const findings = evaluateRules(ruleContextOf(await loadCase(tx, row), now)).map(findingView);
  await replaceFindings(
    tx,
    caseId,
    findings.map((finding) => ({
      caseId,
      agencyId: row.agencyId,
      departmentId: row.departmentId,
      ruleId: finding.ruleId,
      severity: finding.severity,
      stage: finding.stage as typeof row.stage,
      subjectId: finding.subjectId,
      dueAt: finding.dueAt === null ? null : new Date(finding.dueAt),
      message: finding.message,
      citations: finding.citations as Record<string, string>[],
      computedAt: now,
    })),
  );
}
