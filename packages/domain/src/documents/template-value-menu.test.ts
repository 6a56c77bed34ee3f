import { describe, expect, it } from 'vitest';
import { RECORD_TYPE_IDS } from '../records/record-type-ids.ts';
import { isTemplatePath } from './template-values.ts';
import { templateValueMenu } from './template-value-menu.ts';

describe('template value menu', () => {
  it.each(RECORD_TYPE_IDS)('offers only values a template of %s may use, once each', (kind) => {
    const menu = templateValueMenu(kind);
    expect(menu.every((option) => isTemplatePath(kind, option.path))).toBe(true);
    expect(new Set(menu.map((option) => option.path)).size).toBe(menu.length);
  });

  it('marks what the law and the catalogue require of a 决定书, and not its approval trail', () => {
    const menu = new Map(templateValueMenu('decision_document').map((o) => [o.path, o]));
    expect(menu.get('remedies.text')?.requiredBy).toBe('《行政处罚法》第五十九条（五）');
    expect(menu.get('record.facts')).toMatchObject({
      source: 'record',
      fieldKind: 'text',
      requiredBy: '本类文书应当载明',
    });
    expect(menu.get('record.headOpinion')?.requiredBy).toBeNull();
    expect(menu.get('case.number')).toMatchObject({ source: 'case', requiredBy: null });
  });
});
