import { defaultTemplate } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import {
  fromEdited,
  insertItem,
  insertPlaceholder,
  moveItem,
  placeProblems,
  removeItem,
  sameTemplate,
  textOf,
  toEdited,
  withText,
} from './template-editing.ts';

describe('template editing', () => {
  it('moves an item up and down, and leaves the ends as they are', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('removes and inserts at a place, clamped to the list', () => {
    expect(removeItem(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(insertItem(['a', 'c'], 1, 'b')).toEqual(['a', 'b', 'c']);
    expect(insertItem(['a'], 9, 'z')).toEqual(['a', 'z']);
  });

  it('puts a place-holder in place of the selection, the caret after it', () => {
    expect(insertPlaceholder('当事人：。', { start: 4, end: 4 }, 'party.name')).toEqual({
      text: '当事人：{{party.name}}。',
      caret: 18,
    });
    expect(insertPlaceholder('甲乙丙', { start: 1, end: 2 }, 'case.number')).toEqual({
      text: '甲{{case.number}}丙',
      caret: 16,
    });
    expect(insertPlaceholder('', { start: 5, end: 7 }, 'a').text).toBe('{{a}}');
  });

  it('keeps the template as it was through editing keys', () => {
    const template = defaultTemplate('decision_document');
    expect(fromEdited(toEdited(template))).toEqual(template);
  });

  it('sees the same template whatever order its members came in, and a changed word', () => {
    const template = defaultTemplate('demand_notice');
    const reordered = { sealed: template.sealed, blocks: template.blocks, title: template.title };
    expect(sameTemplate(template, { kind: template.kind, ...reordered })).toBe(true);
    expect(sameTemplate(template, { ...template, title: '催告通知书' })).toBe(false);
  });

  it('places problems on the blocks as they were sent, the rest on the title or the template', () => {
    const placed = placeProblems(
      [
        { name: 'body.template.blocks.1.text', reason: '占位符 {{x}} 不存在' },
        { name: 'body.template.blocks.1.rows.2.value', reason: '每段最多 2000 个字' },
        { name: 'body.template.blocks', reason: '模板缺少“救济途径和期限”' },
        { name: 'body.template.title', reason: '请填写文书标题' },
        { name: 'body.template.blocks.9.text', reason: '不在所发的模板中' },
      ],
      ['k0', 'k1'],
    );
    expect([...placed.byBlock]).toEqual([
      [
        'k1',
        [
          { field: 'text', reason: '占位符 {{x}} 不存在' },
          { field: 'rows.2.value', reason: '每段最多 2000 个字' },
        ],
      ],
    ]);
    expect(placed.title).toEqual(['请填写文书标题']);
    expect(placed.general).toEqual(['模板缺少“救济途径和期限”', '不在所发的模板中']);
  });

  it('reads and writes the text fields of a block by name', () => {
    const fields = {
      type: 'fields' as const,
      rows: [
        { label: '案号', value: '{{case.number}}' },
        { label: '当事人', value: '' },
      ],
    };
    expect(textOf(fields, 'rows.0.value')).toBe('{{case.number}}');
    expect(textOf(fields, 'rows.5.value')).toBeNull();
    expect(withText(fields, 'rows.1.value', '{{party.name}}')).toEqual({
      type: 'fields',
      rows: [
        { label: '案号', value: '{{case.number}}' },
        { label: '当事人', value: '{{party.name}}' },
      ],
    });
    const heading = { type: 'heading' as const, text: '检查情况' };
    expect(withText(heading, 'text', '勘验情况')).toEqual({ type: 'heading', text: '勘验情况' });
    expect(withText(heading, 'rows.0.value', 'x')).toBe(heading);
    expect(textOf({ type: 'record_fields' }, 'text')).toBeNull();
  });
});
