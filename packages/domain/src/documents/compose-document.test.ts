import { describe, expect, it } from 'vitest';
import type { Instant } from '../enforcement/instant.ts';
import { BLANK, composeDocument, dialogueTurns } from './compose-document.ts';
import { defaultTemplate } from './default-templates.ts';
import type { DocumentLayout, LayoutBlock } from './document-layout.ts';
import { documentData, SAMPLE_FACTS } from './test-support/document-data.ts';

/** All the text a party reads, block by block, for assertions on wording. */
function textOf(layout: DocumentLayout): string {
  const blockText = (block: LayoutBlock): string => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        return block.text;
      case 'fields':
        return block.rows.map((row) => `${row.label}：${row.value}`).join('\n');
      case 'table':
        return block.rows.map((row) => row.join(' ')).join('\n');
      case 'dialogue':
        return block.turns.map((turn) => `${turn.speaker}：${turn.text}`).join('\n');
      case 'signatures':
        return block.lines
          .map((line) => `${line.role}${line.name ?? line.refusal ?? ''}`)
          .join('\n');
    }
  };
  return layout.blocks.map(blockText).join('\n');
}

describe('a 行政处罚决定书 composed from the case', () => {
  const layout = composeDocument(defaultTemplate('decision_document'), documentData());
  const text = textOf(layout);

  it('states 行政处罚法 第五十九条 items: party, facts and evidence, penalty and basis', () => {
    expect(layout.title).toBe('行政处罚决定书');
    expect(layout.masthead).toBe('常州市天宁区综合行政执法局');
    expect(text).toContain(
      '当事人：张三，身份证号码：11010519491231002X，住址：常州市天宁区东横街1号',
    );
    expect(text).toContain('擅自占用城市道路摆摊设点经营');
    expect(text).toContain('1. 现场检查笔录一份\n2. 询问笔录一份\n3. 现场照片三张');
    expect(text).toContain('1. 警告\n2. 罚款人民币伍佰元整（¥500.00）');
    expect(text).toContain(
      '当事人的上述行为违反了《城市市容和环境卫生管理条例》第十四条的规定，依据《城市市容和环境卫生管理条例》第三十六条的规定。',
    );
    expect(text).toContain(
      '依据《城市市容和环境卫生管理条例》第十四条、第三十六条的规定，本机关决定：给予警告，并处罚款。',
    );
  });

  it('states how and by when to pay, and where to appeal, in the law’s periods', () => {
    expect(text).toContain(
      '当事人应当自收到本决定书之日起15日内缴纳罚款人民币伍佰元整（¥500.00）。请持本决定书到指定银行',
    );
    expect(text).toContain(
      '自收到本决定书之日起60日内向常州市天宁区人民政府申请行政复议，或者自收到本决定书之日起6个月内向常州市天宁区人民法院提起行政诉讼',
    );
  });

  it('is a sealed draft dated in Arabic numerals, and leaves the approval trail out', () => {
    expect(layout.draft).toBe(true);
    expect(layout.number).toBeNull();
    expect(layout.verification).toBeNull();
    expect(layout.closing).toEqual({
      agencyName: '常州市天宁区综合行政执法局',
      date: '2026年12月7日',
      sealed: true,
    });
    expect(text).not.toContain('同意');
  });

  it('drops the lines whose optional values the case lacks', () => {
    expect(text).not.toContain('责令当事人于');
    expect(text).not.toContain(BLANK);
  });

  it('prints a date to rectify when the decision orders it', () => {
    const withDue = documentData('decision_document', {
      ...documentData().record.fields,
      rectificationDueOn: '2026-12-22',
    });
    expect(textOf(composeDocument(defaultTemplate('decision_document'), withDue))).toContain(
      '责令当事人于2026年12月22日前改正违法行为。',
    );
  });

  it('leaves a blank where a required item is missing, so the draft shows what to write', () => {
    const layoutWithout = composeDocument(
      defaultTemplate('decision_document'),
      documentData(undefined, undefined, { remedies: { reconsiderationBody: null, court: null } }),
    );
    expect(textOf(layoutWithout)).toContain(BLANK);
  });

  it('says so when the decision imposes no penalty', () => {
    const none = documentData(undefined, undefined, {
      facts: {
        ...SAMPLE_FACTS,
        penalties: [],
        performanceDays: null,
        mitigation: '初次违法且危害后果轻微并及时改正。',
      },
    });
    const noneLayout = composeDocument(defaultTemplate('decision_document'), none);
    expect(noneLayout.title).toBe('不予行政处罚决定书');
    const noneText = textOf(noneLayout);
    expect(noneText).toContain('不予行政处罚');
    expect(noneText).toContain('本决定不设定履行义务。');
    expect(noneText).toContain('初次违法且危害后果轻微并及时改正。');
  });

  it('carries the number and the verification mark once issued', () => {
    const issued = composeDocument(
      defaultTemplate('decision_document'),
      documentData(undefined, undefined, { number: '常综执罚决字〔2026〕第3号' }),
      { verification: { url: 'https://liuhen.example/verify/ABCD', code: 'ABCD' } },
    );
    expect(issued.draft).toBe(false);
    expect(issued.number).toBe('常综执罚决字〔2026〕第3号');
    expect(issued.verification?.code).toBe('ABCD');
  });
});

describe('a 询问笔录', () => {
  const fields = {
    officers: ['李执法', '王协管'],
    certificateNumbers: ['32040001', '32040002'],
    certificateShown: '执法人员已出示执法证件。',
    intervieweeInformation: '张三，男，1949年12月31日出生',
    inquiredAt: '2026-12-07T01:05:00.000Z',
    place: '天宁区综合行政执法局询问室',
    content: '问：你是否在东横街摆摊？\n答：是的。\n每天下午都在。\n问：有无许可？\n答：没有。',
  };

  it('prints the header, the questions and answers, and the signature lines', () => {
    const layout = composeDocument(
      defaultTemplate('inquiry_transcript'),
      documentData('inquiry_transcript', fields),
    );
    expect(layout.closing?.sealed).toBe(false);
    const header = layout.blocks[0];
    expect(header?.type === 'fields' && header.rows[0]).toEqual({
      label: '询问时间',
      value: '2026年12月7日9时05分',
    });
    const dialogue = layout.blocks.find((block) => block.type === 'dialogue');
    expect(dialogue?.type === 'dialogue' && dialogue.turns).toEqual([
      { speaker: '问', text: '你是否在东横街摆摊？' },
      { speaker: '答', text: '是的。\n每天下午都在。' },
      { speaker: '问', text: '有无许可？' },
      { speaker: '答', text: '没有。' },
    ]);
    const signatures = layout.blocks.at(-1);
    expect(signatures?.type === 'signatures' && signatures.lines.map((line) => line.role)).toEqual([
      '当事人（签名）',
      '执法人员（签名）',
    ]);
  });

  it('prints the party’s signature, or the refusal note in its place', () => {
    const signed = documentData('inquiry_transcript', fields);
    const withSignature = {
      ...signed,
      record: {
        ...signed.record,
        signature: {
          kind: 'signed' as const,
          signers: ['张三'],
          at: '2026-12-07T02:00:00.000Z' as Instant,
        },
      },
    };
    const image = new Uint8Array([137, 80, 78, 71]);
    const line = (data: typeof signed, images = {}) => {
      const block = composeDocument(defaultTemplate('inquiry_transcript'), data, {
        signatureImages: images,
      }).blocks.at(-1);
      return block?.type === 'signatures' ? block.lines[0] : undefined;
    };
    expect(line(withSignature, { party: image })).toEqual({
      role: '当事人（签名）',
      name: '张三',
      date: '2026年12月7日',
      imagePng: image,
      refusal: null,
    });
    const refused = {
      ...signed,
      record: {
        ...signed.record,
        signature: {
          kind: 'refused' as const,
          note: '当事人拒绝签字，由见证人赵六见证。',
          at: '2026-12-07T02:00:00.000Z' as Instant,
        },
      },
    };
    expect(line(refused)?.refusal).toBe('当事人拒绝签字：当事人拒绝签字，由见证人赵六见证。');
  });

  it('names a captured signature’s signer and date where the record does not', () => {
    const data = documentData('on_site_inspection_transcript', {});
    const image = new Uint8Array([137, 80, 78, 71]);
    const lines = (options: Parameters<typeof composeDocument>[2]) => {
      const block = composeDocument(
        defaultTemplate('on_site_inspection_transcript'),
        data,
        options,
      ).blocks.at(-1);
      return block?.type === 'signatures' ? block.lines : [];
    };
    const signers = { witness: { name: '孙七', signedAt: '2026-12-07T17:00:00.000Z' } };
    const witness = lines({ signatureImages: { witness: image }, signers })[1];
    // 17:00 UTC is the next morning in Shanghai: the date the witness signed on.
    expect(witness).toMatchObject({ role: '见证人（签名）', name: '孙七', date: '2026年12月8日' });
    // Without the image, a signer alone prints nothing: the line is left to sign by hand.
    expect(lines({ signers })[1]).toMatchObject({ name: null, date: null, imagePng: null });
  });

  it('prints a transcript not written as 问/答 as a paragraph', () => {
    expect(dialogueTurns('当事人称其每天下午摆摊。')).toBeNull();
    const layout = composeDocument(
      defaultTemplate('inquiry_transcript'),
      documentData('inquiry_transcript', { ...fields, content: '当事人称其每天下午摆摊。' }),
    );
    expect(
      layout.blocks.some(
        (block) => block.type === 'paragraph' && block.text === '当事人称其每天下午摆摊。',
      ),
    ).toBe(true);
  });
});

describe('the form of a kind without a written-out template', () => {
  it('lists every item of the record, blanks where required ones are missing', () => {
    const layout = composeDocument(
      defaultTemplate('property_list'),
      documentData('property_list', { items: ['电动三轮车一辆', '遮阳伞一把'] }),
      { requiredPaths: new Set(['record.items']) },
    );
    const text = textOf(layout);
    expect(text).toContain('物品、财产：1. 电动三轮车一辆\n2. 遮阳伞一把');
    expect(text).toContain('案号：常综执〔2026〕12号');
    const empty = composeDocument(
      defaultTemplate('property_list'),
      documentData('property_list', {}),
      {
        requiredPaths: new Set(['record.items']),
      },
    );
    expect(textOf(empty)).toContain(`物品、财产：${BLANK}`);
  });
});

describe('labelled items', () => {
  it('print as one table where a template puts two lists of them one after the other', () => {
    const layout = composeDocument(
      defaultTemplate('property_list'),
      documentData('property_list', { items: ['电动三轮车一辆'] }),
    );
    const tables = layout.blocks.filter((block) => block.type === 'fields');
    expect(tables).toHaveLength(1);
    expect(tables[0]?.type === 'fields' && tables[0].rows.map((row) => row.label)).toEqual([
      '案件名称',
      '案号',
      '当事人',
      '物品、财产',
    ]);
  });
});
