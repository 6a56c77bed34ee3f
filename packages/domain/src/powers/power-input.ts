import { z } from 'zod';
import { yuanSchema } from '../money/yuan-schema.ts';
import { PENALTY_KINDS } from './penalty-kinds.ts';
import { POWER_CATEGORIES } from './power-category.ts';

/** Bounds on what a clerk types; a 事项名称 or a provision longer than these is a paste gone wrong. */
export const POWER_LIMITS = {
  code: 50,
  name: 200,
  provision: 1000,
  levels: 10,
  label: 20,
  circumstances: 1000,
  otherMeasures: 500,
} as const;

/** Text that may be left out: blank and absent both mean "none". */
export function optionalText(max: number, message: string) {
  return z
    .string()
    .trim()
    .max(max, message)
    .nullish()
    .transform((value) => (value === undefined || value === null || value === '' ? null : value));
}

/** An amount in 元 as typed ("5000", "5,000.00"), or none: the bound is open. */
const optionalYuan = yuanSchema.nullish().transform((value) => value ?? null);

export const discretionLevelInputSchema = z.strictObject({
  label: z
    .string()
    .trim()
    .min(1, '请填写裁量档次名称，如“一般”')
    .max(POWER_LIMITS.label, `档次名称不超过 ${POWER_LIMITS.label} 个字`),
  circumstances: z
    .string()
    .trim()
    .min(1, '请填写该档次的适用情形')
    .max(POWER_LIMITS.circumstances, `适用情形不超过 ${POWER_LIMITS.circumstances} 个字`),
  fineMin: optionalYuan,
  fineMax: optionalYuan,
  otherMeasures: optionalText(
    POWER_LIMITS.otherMeasures,
    `其他处理措施不超过 ${POWER_LIMITS.otherMeasures} 个字`,
  ),
});

/**
 * A 权责清单事项 as the administrator submits it, amounts as text in 元. The shape alone;
 * what depends on several fields (ranges, kinds, unique labels) is `powerProblems`.
 */
export const powerInputSchema = z.strictObject({
  code: optionalText(POWER_LIMITS.code, `事项编码不超过 ${POWER_LIMITS.code} 个字符`),
  name: z
    .string()
    .trim()
    .min(1, '请填写事项名称')
    .max(POWER_LIMITS.name, `事项名称不超过 ${POWER_LIMITS.name} 个字`),
  category: z.enum(POWER_CATEGORIES, { error: '请选择事项类别' }),
  provisionViolated: z
    .string()
    .trim()
    .max(POWER_LIMITS.provision, `违法依据不超过 ${POWER_LIMITS.provision} 个字`)
    .default(''),
  provisionApplied: z
    .string()
    .trim()
    .max(POWER_LIMITS.provision, `处罚依据不超过 ${POWER_LIMITS.provision} 个字`)
    .default(''),
  penaltyKinds: z
    .array(z.enum(PENALTY_KINDS, { error: '请从列表中选择处罚种类' }))
    .max(PENALTY_KINDS.length)
    .default([]),
  fineMin: optionalYuan,
  fineMax: optionalYuan,
  levels: z
    .array(discretionLevelInputSchema)
    .max(POWER_LIMITS.levels, `裁量档次不超过 ${POWER_LIMITS.levels} 档`)
    .default([]),
});

export type PowerInput = z.input<typeof powerInputSchema>;
