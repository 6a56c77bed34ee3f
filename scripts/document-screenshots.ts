/**
 * Renders three documents a party receives to PNG for docs/images/ — what README's
 * "Documents" section shows:
 *
 *   node scripts/document-screenshots.ts
 *
 * Composed from the default templates and made-up data with the same code the server issues
 * documents with, rendered by the same PDF renderer, rasterised by poppler's pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  composeDocument,
  defaultTemplate,
  sampleDocumentData,
  type Instant,
  type RecordTypeId,
} from '../packages/domain/src/index.ts';
import { loadDocumentFonts } from '../apps/server/src/documents/pdf/document-fonts.ts';
import { renderPdf } from '../apps/server/src/documents/pdf/render-pdf.ts';

const REPOSITORY = path.resolve(import.meta.dirname, '..');
const OUTPUT = path.join(REPOSITORY, 'docs/images');
const VERIFY = { url: 'https://zhifa.example.gov.cn/verify/7KQ2M9XD4T0B', code: '7KQ2-M9XD-4T0B' };

const DOCUMENTS: {
  name: string;
  kind: RecordTypeId;
  number: string;
  fields: Record<string, unknown>;
}[] = [
  {
    name: 'decision-document',
    kind: 'decision_document',
    number: '常综执罚决字〔2026〕第3号',
    fields: {
      facts:
        '2026年11月3日14时许，本机关执法人员在日常巡查中发现，当事人在常州市天宁区东横街12号店铺门前人行道摆放桌椅经营，占道面积约12平方米。执法人员当场责令当事人于2026年11月5日前改正，当事人逾期未改正。',
      reasons: '当事人擅自占用城市道路摆摊设点，影响市容环境卫生和行人通行，经责令改正逾期不改。',
      legalBasis: '《城市市容和环境卫生管理条例》第十四条、第三十六条',
      decision: '给予警告，并处罚款人民币伍佰元整。',
      headOpinion: '同意',
      issuedAt: '2026-12-07T02:00:00.000Z',
    },
  },
  {
    name: 'inquiry-transcript',
    kind: 'inquiry_transcript',
    number: '常综执询字〔2026〕第15号',
    fields: {
      officers: ['李执法', '王协管'],
      certificateNumbers: ['32040001', '32040002'],
      certificateShown:
        '执法人员已向被询问人出示执法证件，并告知其有如实陈述的义务和申请回避的权利。',
      intervieweeInformation: '张三，男，身份证号码11010519491231002X，住常州市天宁区东横街1号',
      inquiredAt: '2026-11-04T01:30:00.000Z',
      place: '常州市天宁区综合行政执法局询问室',
      content:
        '问：11月3日下午，你是否在东横街12号门前人行道摆放桌椅经营？\n答：是的，我店里坐不下，就在门口摆了几张桌子。\n问：摆放桌椅是否经过批准？\n答：没有办理任何手续。\n问：执法人员当场责令你改正，你是否改正？\n答：还没有，打算这两天收掉。',
    },
  },
  {
    name: 'proof-of-service',
    kind: 'proof_of_service',
    number: '常综执送字〔2026〕第21号',
    fields: {
      method: 'personal',
      documentServed: '行政处罚决定书（常综执罚决字〔2026〕第3号）',
      recipient: '张三',
      servedAt: '2026-12-07T06:00:00.000Z',
      place: '常州市天宁区东横街12号',
      serviceNote: '执法人员将决定书直接交受送达人本人签收。',
      serverSignature: '李执法、王协管',
      recipientSignature: '张三',
    },
  },
];

const fonts = await loadDocumentFonts();
const work = mkdtempSync(path.join(tmpdir(), 'liuhen-screens-'));
try {
  for (const document of DOCUMENTS) {
    const data = sampleDocumentData(document.kind, document.fields, {
      number: document.number,
      record: {
        id: 'r-1',
        type: document.kind,
        createdAt: '2026-12-07T02:30:00.000Z' as Instant,
        fields: document.fields,
        signature: { kind: 'signed', signers: ['张三'], at: '2026-12-07T02:30:00.000Z' as Instant },
      },
    });
    const layout = composeDocument(defaultTemplate(document.kind), data, { verification: VERIFY });
    const pdf = path.join(work, `${document.name}.pdf`);
    writeFileSync(
      pdf,
      await renderPdf(layout, { fonts, producedAt: new Date('2026-12-07T02:30:00Z') }),
    );
    const target = path.join(OUTPUT, `document-${document.name}`);
    execFileSync('pdftoppm', [
      '-r',
      '72',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdf,
      target,
    ]);
    console.log(path.relative(REPOSITORY, `${target}.png`));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
