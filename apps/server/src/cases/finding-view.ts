import { formatLawCitation, isLawCitation, type Finding, type RuleCitation } from '@liuhen/domain';
import { z } from 'zod';

const citationSchema = z.object({
  seed: z.string().optional(),
  document: z.string().optional(),
  law: z.string().optional(),
  article: z.string(),
  /** As a clerk reads it: 规定003 第二十九条, 《行政处罚法》第六十条. */
  text: z.string(),
});

export const findingSchema = z
  .object({
    ruleId: z.string(),
    severity: z.enum(['violation', 'missing', 'due', 'undetermined']),
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
  if (isLawCitation(citation)) return formatLawCitation(citation);
  const document = citation.document === undefined ? '' : `《${citation.document}》`;
  return `规定${citation.seed} ${document}${citation.article}`;
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
