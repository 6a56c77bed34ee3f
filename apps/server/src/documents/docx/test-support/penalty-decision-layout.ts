import type { DocumentLayout } from '@liuhen/domain';
import { signaturePng } from './signature-png.ts';

/**
 * A 行政处罚决定书 as the composer would lay it out: every kind of block once, a signature
 * captured on screen and a party's refusal to sign. The texts a test looks for in the
 * rendered document are exported beside it.
 */
export const PENALTY_DECISION = {
  masthead: '常州市综合行政执法局',
  title: '行政处罚决定书',
  number: '常综执罚决字〔2026〕第3号',
  party: '常州市天宁区味香园餐饮店',
  facts:
    '2026年11月3日，本机关执法人员在日常巡查中发现，当事人在常州市天宁区青果巷88号店铺门前占用人行道摆放桌椅进行经营，占道面积约12平方米。执法人员当场责令当事人于2026年11月5日前改正，当事人逾期未改正。',
  legalBasis:
    '当事人的上述行为违反了《城市市容和环境卫生管理条例》第十四条的规定。依据《城市市容和环境卫生管理条例》第三十六条第（二）项的规定，本机关决定对当事人作出如下行政处罚：罚款人民币贰仟元整（¥2,000.00）。',
  refusal: '当事人拒绝签字。执法人员张伟、李娜在场见证，已全程录音录像（执法记录仪编号CZ-0931）。',
  closingDate: '二〇二六年十二月七日',
} as const;

export function penaltyDecisionLayout(overrides: Partial<DocumentLayout> = {}): DocumentLayout {
  const d = PENALTY_DECISION;
  return {
    kind: 'decision_document',
    masthead: d.masthead,
    title: d.title,
    number: d.number,
    blocks: [
      {
        type: 'fields',
        rows: [
          { label: '当事人', value: d.party },
          { label: '统一社会信用代码', value: '92320402MA27QH5X3K' },
          { label: '经营者', value: '王建国' },
          { label: '经营场所', value: '常州市天宁区青果巷88号' },
        ],
      },
      {
        type: 'paragraph',
        indent: true,
        text: '当事人占用城市道路经营一案，本机关于2026年11月6日立案调查。现已调查终结，经审查，本机关依法作出如下决定：',
      },
      { type: 'heading', text: '一、违法事实' },
      { type: 'paragraph', indent: true, text: d.facts },
      {
        type: 'paragraph',
        indent: true,
        text: '上述事实有现场检查笔录、询问笔录、现场照片及执法记录仪视频等证据证实：',
      },
      {
        type: 'table',
        columns: ['序号', '证据名称', '证据来源', '页数'],
        rows: [
          ['1', '现场检查（勘验）笔录', '执法人员现场制作', '2'],
          ['2', '询问笔录', '执法人员询问当事人经营者王建国', '3'],
          ['3', '现场照片', '执法人员现场拍摄', '6'],
          ['4', '执法记录仪视频', '执法记录仪CZ-0931', '1'],
        ],
      },
      { type: 'heading', text: '二、陈述申辩情况' },
      {
        type: 'paragraph',
        indent: true,
        text: '本机关于2026年11月20日告知当事人拟作出行政处罚的事实、理由、依据及其依法享有的陈述、申辩权利。当事人在询问中陈述如下：',
      },
      {
        type: 'dialogue',
        turns: [
          { speaker: '问', text: '你店门前摆放的桌椅是否由你店摆放？' },
          {
            speaker: '答',
            text: '是的，晚上客人多，店里坐不下，就在门口摆了几张桌子。我们没想到占用人行道要受处罚，以后不会再摆了。',
          },
          { speaker: '问', text: '执法人员责令你店改正后，你店是否按期改正？' },
          { speaker: '答', text: '没有按期改正。' },
        ],
      },
      { type: 'heading', text: '三、处罚依据和处罚决定' },
      { type: 'paragraph', indent: true, text: d.legalBasis },
      {
        type: 'paragraph',
        indent: true,
        text: '当事人应当自收到本决定书之日起十五日内，到指定银行缴纳罚款。逾期不缴纳的，本机关将依法每日按罚款数额的百分之三加处罚款。\n当事人如不服本决定，可以在收到本决定书之日起六十日内向常州市人民政府申请行政复议，或者在六个月内依法向常州市天宁区人民法院提起行政诉讼。',
      },
      {
        type: 'signatures',
        lines: [
          {
            role: '执法人员（签名）',
            name: '张伟',
            date: '2026年12月7日',
            imagePng: signaturePng(),
            refusal: null,
          },
          {
            role: '当事人（签名）',
            name: null,
            date: '2026年12月7日',
            imagePng: null,
            refusal: d.refusal,
          },
          { role: '见证人（签名）', name: null, date: null, imagePng: null, refusal: null },
        ],
      },
    ],
    closing: { agencyName: d.masthead, date: d.closingDate, sealed: true },
    draft: false,
    verification: {
      url: 'https://liuhen.example.gov.cn/v/7Q3K-M2XD-PA8F',
      code: '7Q3K-M2XD-PA8F',
    },
    ...overrides,
  };
}

/** The same decision before issuing: no 文号 yet, no verification code, marked 草稿. */
export function penaltyDecisionDraft(): DocumentLayout {
  return penaltyDecisionLayout({ number: null, draft: true, verification: null });
}
