import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { positiveYuanSchema, yuanSchema } from './yuan-schema.ts';

const body = z.strictObject({ fine: yuanSchema });

function issueOf(schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.error.issues[0]!;
}

describe('yuanSchema', () => {
  it('turns the text into fen', () => {
    expect(body.parse({ fine: '1,234.50' })).toEqual({ fine: 123_450 });
    expect(yuanSchema.parse('１２３４．５０')).toBe(123_450);
    expect(yuanSchema.parse('0')).toBe(0);
  });

  it('refuses with the parser message, its problem and the field path', () => {
    const issue = issueOf(body, { fine: '1.234' });
    expect(issue.message).toBe('金额最多保留两位小数（角、分）');
    expect(issue.path).toEqual(['fine']);
    expect((issue as { params?: unknown }).params).toEqual({ problem: 'too_many_decimals' });
    expect(issueOf(yuanSchema, '-3').message).toBe('金额不能为负数');
  });

  it('refuses a JSON number, which has already been through floating point', () => {
    expect(issueOf(yuanSchema, 1234.5).message).toBe('金额应以文字填写，如 "1234.50"');
    expect(issueOf(yuanSchema, null).message).toBe('金额应以文字填写，如 "1234.50"');
  });

  it('refuses an overlong text before parsing it', () => {
    expect(issueOf(yuanSchema, '1'.repeat(41)).message).toBe('金额太长，请核对');
  });
});

describe('positiveYuanSchema', () => {
  it('refuses zero and accepts one 分', () => {
    expect(issueOf(positiveYuanSchema, '0.00').message).toBe('金额必须大于零');
    expect(positiveYuanSchema.parse('0.01')).toBe(1);
  });

  it('reports the parse problem, not zero, for bad text', () => {
    expect(issueOf(positiveYuanSchema, 'abc').message).toContain('金额中有“a”');
  });
});
