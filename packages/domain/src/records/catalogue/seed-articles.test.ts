import { describe, expect, it } from 'vitest';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';
import { recordIncomplete } from '../../rules/record-incomplete.ts';
import { requiredRecordMissing } from '../../rules/required-record-missing.ts';
import type { RuleCitation } from '../../rules/finding.ts';
import { serviceProofIncomplete } from '../../rules/service-proof-incomplete.ts';
import { transcriptUnsigned } from '../../rules/transcript-unsigned.ts';
import { RECORD_CATALOGUE } from './catalogue.ts';
import { SERVICE_METHOD_CITATIONS } from './proof-of-service.ts';
import { everyRequirementCitation } from './required-records.ts';
import { SEED_TEXTS } from '../../regulations/texts/index.ts';

/** Whitespace (incl. full-width) removed: the seeds break lines inside phrases. */
const squeeze = (text: string) =>
  text.replace(/[\s\u3000]+/g, '').replaceAll('[bookmark:_GoBack]', '');
/** The seeds mix half- and full-width brackets and commas, and 004 writes 采 as 釆. */
const loose = (text: string) =>
  squeeze(text)
    .replaceAll('釆', '采')
    .replaceAll(',', '，')
    .replaceAll(';', '；')
    .replace(/[()（）]/g, '');

const HEADING = /第[零一二三四五六七八九十百]+条/g;

/** An article heading, not a cross-reference such as "违反本办法第三十四条规定". */
function isHeading(text: string, index: number, match: string): boolean {
  const before = text.slice(Math.max(0, index - 3), index);
  const after = text.slice(index + match.length, index + match.length + 2);
  return !/本办法|本制度|本规定/.test(before) && after !== '规定';
}

/** Each regulation of a seed (004 holds two) as the text before its 第一条 and its articles. */
function readSeed(seed: keyof typeof SEED_TEXTS) {
  const text = squeeze(SEED_TEXTS[seed]);
  const headings = [...text.matchAll(HEADING)].filter((m) => isHeading(text, m.index, m[0]));
  const documents: { preamble: string; articles: Map<string, string> }[] = [];
  headings.forEach((m, i) => {
    if (m[0] === '第一条' || documents.length === 0) {
      const previous = headings[i - 1]?.index ?? 0;
      documents.push({ preamble: text.slice(previous, m.index), articles: new Map() });
    }
    const current = documents.at(-1);
    if (current !== undefined && !current.articles.has(m[0])) {
      current.articles.set(m[0], text.slice(m.index, headings[i + 1]?.index ?? text.length));
    }
  });
  return documents;
}

const seeds = new Map(
  (Object.keys(SEED_TEXTS) as (keyof typeof SEED_TEXTS)[]).map((s) => [s, readSeed(s)]),
);

function articleText(citation: ProfileCitation): string | undefined {
  const documents = seeds.get(citation.seed) ?? [];
  const document =
    citation.document === undefined
      ? documents.length === 1
        ? documents[0]
        : undefined
      : documents.find((d) => d.preamble.endsWith(squeeze(citation.document ?? '')));
  return document?.articles.get(citation.article);
}

const show = (c: ProfileCitation) => `${c.seed} ${c.document ?? ''}${c.article}`;

describe('seed texts as this test reads them', () => {
  it('finds both regulations of 004 by name and the articles of each', () => {
    const publication = articleText({
      seed: '004',
      document: '行政执法公示制度',
      article: '第六条',
    });
    const recording = articleText({
      seed: '004',
      document: '行政执法全过程记录制度',
      article: '第六条',
    });
    expect(publication).toContain('出示');
    expect(recording).toContain('投诉、举报受理');
    expect(articleText({ seed: '003', article: '第二十五条' })).toContain('传真号码');
  });
});

describe('every article the catalogue and its rules cite exists in its seed', () => {
  const cited: [string, ProfileCitation][] = [
    ...RECORD_CATALOGUE.flatMap((spec) => [
      ...spec.citations.map((c): [string, ProfileCitation] => [spec.id, c]),
      ...spec.fields.flatMap((f) =>
        f.citations.map((c): [string, ProfileCitation] => [`${spec.id}.${f.key}`, c]),
      ),
    ]),
    ...everyRequirementCitation().map((c): [string, ProfileCitation] => ['requirement', c]),
    ...Object.entries(SERVICE_METHOD_CITATIONS).flatMap(([method, cs]) =>
      cs.map((c): [string, ProfileCitation] => [`service ${method}`, c]),
    ),
    ...[
      requiredRecordMissing,
      recordIncomplete,
      serviceProofIncomplete,
      transcriptUnsigned,
    ].flatMap((rule) =>
      rule.citations.map((c: RuleCitation): [string, ProfileCitation] => {
        if ('law' in c) throw new Error(`${rule.id} cites national law`);
        return [rule.id, c];
      }),
    ),
  ];

  it('for the catalogue, the requirements and the four rules', () => {
    expect(cited.length).toBeGreaterThan(100);
    const absent = cited.filter(([, c]) => articleText(c) === undefined);
    expect(absent.map(([where, c]) => `${where}: ${show(c)}`)).toEqual([]);
  });
});

/**
 * Field labels are the seeds' own words, so the check is that one cited article contains
 * the label. The few a seed words across a sentence are listed with what the article says
 * (fragments split by … or /, each found in a cited article).
 */
const PARAPHRASED: Readonly<Record<string, string>> = {
  'application_record.applicationMethod': '申请登记、口头申请',
  'complaint_intake.receivedAt': '接到…投诉、举报',
  'complaint_intake.allegation': '对违法行为投诉、举报',
  'complaint_intake.reviewResult': '需要查处 / 不启动行政执法程序',
  'complaint_decline_notice.informedAt': '告知投诉人、举报人',
  'complaint_decline_notice.informContent': '告知投诉人、举报人，并将有关情况作书面记录',
  'inquiry_transcript.certificateShown': '执法证件编号及出示情况',
  'on_site_inspection_transcript.certificateShown': '执法证件编号及出示情况',
  'inquiry_transcript.place': '询问的时间和地点',
  'inquiry_transcript.refusalToCooperate': '拒绝接受调查和提供证据的，应当如实进行记录',
  'evidence_collection_notice.addressee': '向有关单位和个人调取书证、物证',
  'evidence_collection_notice.evidenceRequested': '调取书证、物证',
  'hearing_transcript.place': '听证时间、地点',
  'proof_of_service.returnedByPost': '被邮政企业退回的，应记录具体情况',
  'on_site_inspection_transcript.place': '现场检查(勘验)的时间、地点',
  'testing_opinion.institution': '接受委托的检验机构应当出具意见书',
  'coercive_measure_decision.object': '查封场所、设施，扣押物品或财产',
  'proof_of_service.documentServed': '送达行政执法文书',
  'proof_of_service.place': '送达的时间、地点',
  'proof_of_service.serverSignature': '由送达人、…在送达回证上签名或盖章',
  'proof_of_service.recipientSignature': '受送达人或者符合法定条件的签收人…签名或盖章',
  'proof_of_service.agentSignature': '由送达人、受委托人在送达回执上签名或盖章',
  'proof_of_service.refusalDate': '拒收事由和日期',
  'proof_of_service.confirmationRecord': '采取电话录音、短信、截屏截图、屏幕录像等适当方式予以记录',
  'rectification_check.dueOn': '按期对改正情况进行核查',
  'decision_document.rectificationDueOn': '按期对改正情况进行核查',
  'rectification_check.checkedOn': '按期对改正情况进行核查',
  'demand_notice.unperformedDecision': '当事人逾期不履行行政执法决定',
  'archive_record.startedOn': '执法起始终结日期',
  'archive_record.endedOn': '执法起始终结日期',
};

describe('field labels as the seeds word them', () => {
  // Fields only national law asks for cite no seed: the statutes' text is not kept here.
  const fields = RECORD_CATALOGUE.flatMap((spec) =>
    spec.fields
      .filter((f) => f.citations.length > 0)
      .map((f) => [`${spec.id}.${f.key}`, f.label, f.citations] as const),
  );
  const quoted = (label: string, citations: readonly ProfileCitation[]) =>
    citations.some((c) => loose(articleText(c) ?? '').includes(loose(label)));

  it('quotes each label from a cited article, or lists it as paraphrased', () => {
    const unexplained = fields.filter(
      ([where, label, citations]) => !quoted(label, citations) && PARAPHRASED[where] === undefined,
    );
    expect(unexplained.map(([where, label]) => `${where} 「${label}」`)).toEqual([]);
  });

  it('lists as paraphrased only labels that are not quoted verbatim', () => {
    const needless = fields.filter(
      ([where, label, citations]) => PARAPHRASED[where] !== undefined && quoted(label, citations),
    );
    expect(needless.map(([where]) => where)).toEqual([]);
    const known = new Set<string>(fields.map(([where]) => where));
    expect(Object.keys(PARAPHRASED).filter((where) => !known.has(where))).toEqual([]);
  });

  it('quotes the paraphrased wording from a cited article', () => {
    const misquoted = fields.flatMap(([where, , citations]) =>
      (PARAPHRASED[where] ?? '')
        .split(/…| \/ /)
        .filter((fragment) => fragment !== '' && !quoted(fragment, citations))
        .map((fragment) => `${where}: ${fragment}`),
    );
    expect(misquoted).toEqual([]);
  });
});
