import {
  FINDING_SEVERITIES,
  formatCitation,
  formatLawCitation,
  isLawCitation,
  type Finding,
  type RuleCitation,
} from '@liuhen/domain';
import { z } from 'zod';

export const citationSchema = z.object({
  seed: z.string().optional(),
  document: z.string().optional(),
  law: z.string().optional(),
  article: z.string(),
  /**
   * As a clerk reads it: 《德宏州记录办法》第二十九条, 《行政处罚法》第六十条. For display only;
   * `seed` (with `document`) or `law`, and `article`, are the stable form.
   */
  text: z.string(),
});

export const findingSchema = z
  .object({
    ruleId: z.string(),
    /** `advice`: only another agency's regulation requires it; it never blocks. */
    severity: z.enum(FINDING_SEVERITIES),
    stage: z.string(),
    message: z.string(),
    subjectId: z.string().nullable(),
    dueAt: z.string().nullable(),
    citations: z.array(citationSchema),
    provisionalYears: z
      .array(z.number().int())
      .optional()
      .describe(
        '暂定期限：dueAt 按这些年份周一至周五均为工作日计算（节假日安排尚未录入），录入前不认定逾期',
      ),
  })
  .meta({ id: 'Finding' });

export type FindingView = z.infer<typeof findingSchema>;

function citationText(citation: RuleCitation): string {
  return isLawCitation(citation) ? formatLawCitation(citation) : formatCitation(citation);
}

export function findingView(finding: Finding): FindingView {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    stage: finding.stage,
    message: finding.message,
    subjectId: finding.subjectId ?? null,
    dueAt: finding.dueAt ?? null,
    citations: finding.citations.map(citationView),
    ...(finding.provisional === undefined
      ? {}
      : { provisionalYears: [...finding.provisional.uncoveredYears] }),
  };
}

/** A citation as findings carry it: its parts and the text a clerk reads. */
export function citationView(citation: RuleCitation) {
  return { ...citation, text: citationText(citation) };
}

/**
 * A citation as stored with a finding, its text written anew: rows computed before the
 * regulations were named by title still read 规定003 第十条 (stored `text` is display only).
 */
export function storedCitationView(stored: Record<string, string>) {
  const { text: _text, ...parts } = stored;
  return citationView(parts as unknown as RuleCitation);
}
