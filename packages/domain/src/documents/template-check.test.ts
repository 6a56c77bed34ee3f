import { describe, expect, it } from 'vitest';
import { RECORD_TYPE_IDS } from '../records/record-type-ids.ts';
import { defaultTemplate } from './default-templates.ts';
import type { DocumentTemplate } from './document-template.ts';
import { pathsShownBy, templateProblems } from './template-check.ts';

const messages = (template: DocumentTemplate) => templateProblems(template).map((p) => p.message);

describe('template check', () => {
  it.each(RECORD_TYPE_IDS)('the default template of %s is sound', (kind) => {
    expect(templateProblems(defaultTemplate(kind))).toEqual([]);
  });

  it('refuses a 决定书 that drops the 救济途径 the law requires', () => {
    const template = defaultTemplate('decision_document');
    const without = {
      ...template,
      blocks: template.blocks.filter(
        (block) => !(block.type === 'paragraph' && block.text.includes('remedies.text')),
      ),
    };
    expect(messages(without)).toEqual([
      '模板缺少“救济途径和期限”：《行政处罚法》第五十九条（五）要求载明',
    ]);
  });

  it('refuses a template that drops a field of its record, unless it lists the rest', () => {
    const template = defaultTemplate('inquiry_transcript');
    const withoutRest = {
      ...template,
      blocks: template.blocks.filter(
        (block) => block.type !== 'record_fields' && block.type !== 'dialogue',
      ),
    };
    const problems = messages(withoutRest);
    expect(problems).toContain('模板缺少“询问内容”：该项为本类文书应当载明的内容，不能删去');
    expect(problems).toContain(
      '模板缺少“拒绝接受调查和提供证据的情况”：该项为本类文书应当载明的内容，不能删去',
    );
  });

  it('lets a 决定书 leave the approval trail in the record', () => {
    const template = defaultTemplate('decision_document');
    expect(template.blocks.some((block) => block.type === 'record_fields')).toBe(false);
    expect(templateProblems(template)).toEqual([]);
  });

  it('names unknown place-holders, unpaired braces and the wrong field kinds', () => {
    const template: DocumentTemplate = {
      kind: 'inquiry_transcript',
      title: ' ',
      sealed: false,
      blocks: [
        { type: 'record_fields' },
        { type: 'paragraph', text: '{{party.nmae}} 与 {{record.content' },
        { type: 'dialogue', path: 'record.inquiredAt' },
        { type: 'list_table', path: 'record.place', columns: ['序号', '物品'] },
      ],
    };
    expect(templateProblems(template)).toEqual([
      { path: 'title', message: '请填写文书标题' },
      { path: 'blocks.1.text', message: '占位符 {{party.nmae}} 不存在，请从可用字段中选择' },
      { path: 'blocks.1.text', message: '占位符应写作 {{字段}}，花括号不成对' },
      { path: 'blocks.2.path', message: '问答只能引用本文书的文字字段（如询问内容）' },
      { path: 'blocks.3.path', message: '清单只能引用本文书的列表字段（如物品清单）' },
    ]);
  });

  it('refuses a field of another kind of record', () => {
    const template: DocumentTemplate = {
      ...defaultTemplate('demand_notice'),
      blocks: [
        ...defaultTemplate('demand_notice').blocks,
        { type: 'paragraph', text: '{{record.inquiredAt}}' },
      ],
    };
    expect(messages(template)).toEqual(['占位符 {{record.inquiredAt}} 不存在，请从可用字段中选择']);
  });

  it('counts the party named and addressed within 当事人基本情况', () => {
    const shown = pathsShownBy(defaultTemplate('decision_document'));
    expect(shown.has('party.description')).toBe(true);
    expect(shown.has('party.name')).toBe(true);
    expect(shown.has('party.address')).toBe(true);
    expect(pathsShownBy(defaultTemplate('inquiry_transcript')).has('party.address')).toBe(false);
  });
});
