import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { AvFileNameError, composeAvFileName, parseAvFileName } from './av-file-name.ts';

const base = {
  caseName: '常综执罚〔2024〕12号',
  date: parsePlainDate('2024-10-12'),
  sequence: 3,
  handlerName: '张伟',
  content: '现场检查',
  extension: 'mp4',
};

describe('AV file names (004 音像记录事项清单: 案件名称+八位日期+两位数序号+承办人姓名+记录内容)', () => {
  it('composes the standard parts in order with an eight-digit date and a two-digit number', () => {
    expect(composeAvFileName(base)).toBe('常综执罚〔2024〕12号_20241012_03_张伟_现场检查.mp4');
  });

  it('reads a composed name back', () => {
    expect(parseAvFileName(composeAvFileName(base))).toEqual(base);
    expect(parseAvFileName('随便起的名字.mp4')).toBeUndefined();
    expect(parseAvFileName('案件_20240230_01_张伟_询问.mp4')).toBeUndefined();
  });

  it('replaces what file systems refuse, and the separator, so any input stays one readable name', () => {
    const name = composeAvFileName({
      ...base,
      caseName: '违法建筑/拆除: "东街" 案_A*B?',
      content: '询问 <第二次>|补充. ',
    });
    expect(name).not.toMatch(/[\\/:*?"<>|]/);
    expect(name).toBe(
      '违法建筑／拆除： ＂东街＂ 案＿A＊B？_20241012_03_张伟_询问 ＜第二次＞｜补充.mp4',
    );
    expect(parseAvFileName(name)?.caseName).toBe('违法建筑／拆除： ＂东街＂ 案＿A＊B？');
  });

  it('refuses what cannot make a valid name, naming the field in Chinese', () => {
    const errorOf = (parts: Partial<typeof base>) => {
      try {
        composeAvFileName({ ...base, ...parts });
      } catch (error) {
        return error as AvFileNameError;
      }
      return undefined;
    };
    expect(errorOf({ sequence: 100 })?.field).toBe('sequence');
    expect(errorOf({ sequence: 0 })?.message).toContain('两位数序号');
    expect(errorOf({ handlerName: '  ' })?.message).toBe('承办人姓名不能为空');
    expect(errorOf({ extension: 'MP4' })?.field).toBe('extension');
    expect(errorOf({ caseName: 'CON' })?.field).toBe('caseName');
    expect(errorOf({ caseName: '案'.repeat(90) })?.message).toContain('255 字节');
  });

  it('round-trips any parts it accepts (property)', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 20 })
      .filter((s) => s.trim().replace(/[. ]+$/, '') !== '');
    fc.assert(
      fc.property(
        text,
        text,
        text,
        fc.integer({ min: 1, max: 99 }),
        (caseName, handlerName, content, sequence) => {
          let name: string;
          try {
            name = composeAvFileName({ ...base, caseName, handlerName, content, sequence });
          } catch (error) {
            expect(error).toBeInstanceOf(AvFileNameError);
            return;
          }
          expect(name).not.toMatch(/[\\/:*?"<>|]/);
          expect([...name].every((c) => c.codePointAt(0)! >= 0x20)).toBe(true);
          expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
          const parsed = parseAvFileName(name);
          expect(parsed?.sequence).toBe(sequence);
          expect(parsed?.date).toBe(base.date);
          expect(composeAvFileName(parsed!)).toBe(name);
        },
      ),
      { numRuns: 300 },
    );
  });
});
