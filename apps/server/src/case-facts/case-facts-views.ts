import { powerVersionView, yuanText } from '../powers/power-views.ts';
import type { PowerVersionRow } from '../powers/powers.repository.ts';
import type { CaseFactsVersionRow } from './case-facts.repository.ts';

function versionView(row: CaseFactsVersionRow, names: ReadonlyMap<string, string>) {
  const { content } = row;
  return {
    version: row.version,
    facts: content.facts,
    evidence: [...content.evidence],
    violations: content.violations.map((v) => ({ ...v })),
    penalties: content.penalties.map((p) => ({
      kind: p.kind,
      amount: yuanText(p.amount),
      description: p.description,
    })),
    performanceDays: content.performanceDays,
    mitigation: content.mitigation,
    sha256: row.sha256,
    createdBy: row.createdBy,
    createdByName: names.get(row.createdBy) ?? '',
    createdAt: row.createdAt.toISOString(),
  };
}

export function caseFactsView(result: {
  rows: CaseFactsVersionRow[];
  powerRows: PowerVersionRow[];
  names: ReadonlyMap<string, string>;
}) {
  const history = result.rows.map((row) => versionView(row, result.names));
  return {
    current: history[0] ?? null,
    history,
    powers: result.powerRows.map((row) => powerVersionView(row, result.names)),
  };
}
