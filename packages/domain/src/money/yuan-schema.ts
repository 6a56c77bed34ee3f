import { z } from 'zod';
import { parseYuan } from './parse-yuan.ts';
import type { Yuan } from './yuan.ts';

/** Longer than any amount with commas and a currency sign; stops a megabyte reaching the parser. */
const YUAN_TEXT_MAX = 40;

/**
 * An amount in a request body: the text a clerk typed, in 元 ("1,234.50"), out as a count of
 * 分. A JSON number is refused: 1234.5 has already been through floating point by the time it
 * arrives, and 0.1 + 0.2 would pass as 0.30000000000000004.
 */
export const yuanSchema = z
  .string({ error: '金额应以文字填写，如 "1234.50"' })
  .max(YUAN_TEXT_MAX, '金额太长，请核对')
  .transform((raw, ctx): Yuan => {
    const result = parseYuan(raw);
    if (!result.ok) {
      ctx.addIssue({
        code: 'custom',
        message: result.message,
        params: { problem: result.problem },
      });
      return z.NEVER;
    }
    return result.value;
  });

/** An amount that must be more than zero, as a fine (罚款) is. */
export const positiveYuanSchema = yuanSchema.refine((fen) => fen > 0, {
  message: '金额必须大于零',
  params: { problem: 'zero' },
});
