import { z } from 'zod';
import { yuanSchema } from '../money/yuan-schema.ts';
import { PENALTY_KINDS } from '../powers/penalty-kinds.ts';
import { optionalText } from '../powers/power-input.ts';

export const CASE_FACTS_LIMITS = {
  facts: 5000,
  evidenceItems: 100,
  evidenceItem: 500,
  violations: 20,
  conduct: 500,
  discretionReason: 1000,
  penalties: 20,
  description: 500,
  maxPerformanceDays: 365,
  mitigation: 2000,
} as const;

const L = CASE_FACTS_LIMITS;

export const violationInputSchema = z.strictObject({
  powerId: z.uuid('请从权责清单中选择事项'),
  powerVersion: z.number().int().min(1),
  conduct: z
    .string()
    .trim()
    .min(1, '请填写违法行为')
    .max(L.conduct, `违法行为不超过 ${L.conduct} 个字`),
  discretionLevel: optionalText(20, '裁量档次名称过长'),
  discretionReason: optionalText(L.discretionReason, `裁量理由不超过 ${L.discretionReason} 个字`),
});

export const penaltyInputSchema = z.strictObject({
  kind: z.enum(PENALTY_KINDS, { error: '请从列表中选择处罚种类' }),
  amount: yuanSchema.nullish().transform((value) => value ?? null),
  description: optionalText(L.description, `处罚内容说明不超过 ${L.description} 个字`),
});

/** 案件事实 as submitted, amounts as text in 元. Cross-field checks: `caseFactsProblems`. */
export const caseFactsInputSchema = z.strictObject({
  facts: z.string().trim().min(1, '请填写违法事实').max(L.facts, `违法事实不超过 ${L.facts} 个字`),
  evidence: z
    .array(
      z
        .string()
        .trim()
        .min(1, '证据项不能为空，请删去空行')
        .max(L.evidenceItem, `每项证据不超过 ${L.evidenceItem} 个字`),
    )
    .max(L.evidenceItems, `证据不超过 ${L.evidenceItems} 项`)
    .default([]),
  violations: z
    .array(violationInputSchema)
    .max(L.violations, `违法行为不超过 ${L.violations} 项`)
    .default([]),
  penalties: z
    .array(penaltyInputSchema)
    .max(L.penalties, `处罚内容不超过 ${L.penalties} 项`)
    .default([]),
  performanceDays: z
    .number({ error: '履行期限应填写天数' })
    .int('履行期限应为整数天')
    .min(1, '履行期限至少 1 日')
    .max(L.maxPerformanceDays, `履行期限不超过 ${L.maxPerformanceDays} 日`)
    .nullish()
    .transform((value) => value ?? null),
  mitigation: optionalText(L.mitigation, `从轻、减轻或不予处罚的理由不超过 ${L.mitigation} 个字`),
});

export type CaseFactsInput = z.input<typeof caseFactsInputSchema>;
