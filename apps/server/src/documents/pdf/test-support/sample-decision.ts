import { crc32, deflateSync } from 'node:zlib';
import type { DocumentLayout, LayoutBlock } from '@liuhen/domain';

/**
 * A 行政处罚决定书 as an agency would issue it, using every kind of layout block: the
 * renderer's tests read it back from the PDF, the bench times it, and its PNG is what a
 * person looks at to judge the typography. Names and events are made up.
 */
export const SAMPLE = {
  party: '常山县天马街道鑫旺建材经营部',
  number: '常综执罚决字〔2026〕第3号',
  fact:
    '经查，当事人于2026年1月5日至2026年1月18日期间，未经市容环境卫生主管部门同意，' +
    '擅自在常山县天马街道紫港路与定阳北路交叉口东南侧人行道上堆放黄沙、水泥等建筑材料约' +
    '二十立方米，占用人行道面积约四十五平方米，影响市容和行人通行。',
  basis:
    '当事人的上述行为违反了《城市市容和环境卫生管理条例》第十四条的规定，依据该条例第三十六条' +
    '第（二）项的规定，本机关决定对当事人作出如下行政处罚：',
  refusal: '当事人拒绝签字，已由执法记录仪全程记录（记录编号 ZFJL-2026-0118-07）。',
  /** A digest as it is printed: 64 characters with no place to break. */
  digest: 'f3b1c2d4e5a6978877665544332211009f8e7d6c5b4a39281706f5e4d3c2b1a0',
  verificationCode: 'K7QM-2X9D',
  verificationUrl: 'https://liuhen.changshan.gov.cn/api/v1/public/documents/verify/K7QM2X9D',
} as const;

/** A PNG, RGBA, made here so the fixture needs no image files: a stroke of ink on nothing. */
export function signaturePng(width = 240, height = 80): Uint8Array {
  const row = 1 + width * 4;
  const raw = Buffer.alloc(row * height);
  for (let x = 8; x < width - 8; x++) {
    const centre = height / 2 + Math.sin(x / 14) * (height / 4) * Math.cos(x / 47);
    for (let y = Math.floor(centre - 2); y <= Math.ceil(centre + 2); y++) {
      if (y < 0 || y >= height) continue;
      raw.set([0x10, 0x10, 0x30, 0xff], y * row + 1 + x * 4);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return new Uint8Array(png);
}

/**
 * A PNG whose header is fine but whose image data does not inflate: given to pdfkit as it
 * is, it throws from a zlib callback and takes the process down.
 */
export function corruptPng(): Uint8Array {
  const png = Buffer.from(signaturePng());
  const data = png.indexOf('IDAT') + 4;
  png.fill(0x5a, data, data + 16);
  return new Uint8Array(png);
}

const paragraph = (text: string): LayoutBlock => ({ type: 'paragraph', text, indent: true });

export interface SampleOptions {
  readonly draft?: boolean;
  /** Times the statement of facts is repeated: 30 make a document of over ten pages. */
  readonly factRepeats?: number;
}

export function sampleDecisionLayout(options: SampleOptions = {}): DocumentLayout {
  const draft = options.draft ?? false;
  const facts = Array.from({ length: options.factRepeats ?? 1 }, () => paragraph(SAMPLE.fact));
  return {
    kind: 'decision_document',
    masthead: '常山县综合行政执法局',
    title: '行政处罚决定书',
    number: draft ? null : SAMPLE.number,
    blocks: [
      {
        type: 'fields',
        rows: [
          { label: '当事人', value: SAMPLE.party },
          { label: '统一社会信用代码', value: '92330822MA2DXXXX7K' },
          { label: '经营者', value: '王建国（身份证号码 330822198503120018）' },
          {
            label: '住所',
            value:
              '浙江省衢州市常山县天马街道紫港路188号鑫旺商贸城B区3幢一层102室（紫港路与定阳北路交叉口东南侧）',
          },
        ],
      },
      paragraph(
        '当事人涉嫌擅自在街道两侧和公共场地堆放物料一案，本机关于2026年1月18日立案调查，' +
          '现已调查终结。本机关依法向当事人告知了拟作出行政处罚的事实、理由、依据及当事人依法享有的陈述、' +
          '申辩权利，当事人在法定期限内未提出陈述、申辩。',
      ),
      { type: 'heading', text: '一、违法事实' },
      ...facts,
      { type: 'heading', text: '二、证据' },
      paragraph('以上事实有下列证据证明：'),
      {
        type: 'table',
        columns: ['序号', '证据名称', '来源', '证明内容'],
        rows: [
          ['1', '现场检查笔录', '执法人员现场制作', '堆放物料的位置、种类、数量和占用面积'],
          ['2', '现场照片（6张）', '执法人员现场拍摄', '堆放物料影响市容和行人通行的状况'],
          ['3', '询问笔录', '执法人员询问王建国', '物料系当事人所有、未经同意堆放的经过'],
          ['4', '营业执照复印件', '当事人提供', '当事人的主体资格'],
          [
            '5',
            '执法记录仪视听资料',
            '执法记录仪 ZFJL-2026-0118-07',
            `检查全过程；电子文件摘要 SHA-256 ${SAMPLE.digest}`,
          ],
        ],
      },
      paragraph('询问笔录（摘录）：'),
      {
        type: 'dialogue',
        turns: [
          { speaker: '问', text: '紫港路人行道上堆放的黄沙、水泥是谁的？' },
          {
            speaker: '答',
            text: '是我们经营部的，店里仓库放不下，先临时堆在门口人行道上，打算过几天卖掉一些再搬回去。',
          },
          { speaker: '问', text: '堆放之前有没有向市容环境卫生主管部门申请并取得同意？' },
          { speaker: '答', text: '没有申请。' },
        ],
      },
      { type: 'heading', text: '三、处罚依据和处罚决定' },
      paragraph(SAMPLE.basis),
      paragraph('1.责令立即清除堆放在人行道上的建筑材料，恢复人行道原状；'),
      paragraph('2.罚款人民币贰仟元整（¥2,000.00）。'),
      { type: 'heading', text: '四、履行方式和期限' },
      paragraph(
        '当事人应当自收到本决定书之日起十五日内，持本决定书到常山县农村商业银行各营业网点缴纳罚款。' +
          '逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定，' +
          '每日按罚款数额的百分之三加处罚款。',
      ),
      { type: 'heading', text: '五、救济途径' },
      paragraph(
        '当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向常山县人民政府申请行政复议，' +
          '也可以在六个月内直接向常山县人民法院提起行政诉讼。行政复议和行政诉讼期间，本处罚决定不停止执行，' +
          '法律另有规定的除外。',
      ),
      {
        type: 'signatures',
        lines: [
          {
            role: '执法人员',
            name: '李明　张华',
            date: '2026年1月20日',
            imagePng: null,
            refusal: null,
          },
          {
            role: '见证人（签名）',
            name: '赵丽',
            date: '2026年1月20日',
            imagePng: signaturePng(),
            refusal: null,
          },
          {
            role: '当事人（签名）',
            name: null,
            date: null,
            imagePng: null,
            refusal: SAMPLE.refusal,
          },
        ],
      },
      paragraph(
        '本决定书电子原件存于常山县综合行政执法局执法全过程记录系统，可扫描页面右下角二维码或凭核验码核验。',
      ),
    ],
    closing: { agencyName: '常山县综合行政执法局', date: '二〇二六年一月二十日', sealed: true },
    draft,
    verification: draft ? null : { url: SAMPLE.verificationUrl, code: SAMPLE.verificationCode },
  };
}
