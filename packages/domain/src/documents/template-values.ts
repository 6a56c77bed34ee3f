import { yuanForDocument } from '../money/yuan-in-words.ts';
import type { Yuan } from '../money/yuan.ts';
import type { Party } from '../party/party.ts';
import { recordTypeSpec } from '../records/catalogue/catalogue.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';
import type { DocumentData, DocumentFacts } from './document-data.ts';
import { documentDate, documentDateTime } from './document-dates.ts';
import { recordFieldText } from './record-field-text.ts';

/**
 * The values a template may print, by place-holder path, each with the label an editor of
 * templates sees. `record.<key>` names the record's own fields (any catalogue field of the
 * kind); the rest are listed here. A value is null when the case does not have it yet.
 */
interface TemplateValue {
  readonly label: string;
  readonly resolve: (data: DocumentData) => string | null;
}

/** 《行政复议法》第二十条: 自知道或者应当知道该行政行为之日起六十日内. */
export const RECONSIDERATION_DAYS = 60;
/** 《行政诉讼法》第四十六条: 自知道或者应当知道作出行政行为之日起六个月内. */
export const LITIGATION_MONTHS = 6;

const joined = (texts: readonly string[], separator = '、') =>
  texts.length === 0 ? null : texts.join(separator);

function partyIdentity(party: Party): string {
  if (party.kind === 'organisation') return `统一社会信用代码：${party.creditCode}`;
  if (party.residentId !== undefined) return `身份证号码：${party.residentId}`;
  const document = party.idDocument;
  return document === undefined ? '' : `证件号码：${document.number}`;
}

/** One party as a decision introduces it: 当事人：张三，身份证号码：…，住址：…. */
function partyDescription(party: Party): string {
  const parts = [`${party.name}`, partyIdentity(party)];
  if (party.kind === 'organisation')
    parts.push(`法定代表人（负责人）：${party.legalRepresentative}`);
  if (party.address !== undefined) {
    parts.push(`${party.kind === 'organisation' ? '地址' : '住址'}：${party.address}`);
  }
  return parts.filter((part) => part !== '').join('，');
}

function numbered(items: readonly string[]): string | null {
  if (items.length === 0) return null;
  return items.length === 1 ? items[0]! : items.map((item, i) => `${i + 1}. ${item}`).join('\n');
}

function fineTotal(facts: DocumentFacts): Yuan | null {
  const amounts = facts.penalties.flatMap((penalty) =>
    penalty.kindLabel === '罚款' && penalty.amount !== null ? [penalty.amount] : [],
  );
  return amounts.length === 0 ? null : (amounts.reduce((sum, fen) => sum + fen, 0) as Yuan);
}

function penaltyText(facts: DocumentFacts): string | null {
  // 行政处罚法 第五十七条(二)(三): a decision may impose no penalty; it still says so.
  if (facts.penalties.length === 0) return '不予行政处罚';
  return numbered(
    facts.penalties.map((penalty) =>
      [
        penalty.kindLabel,
        penalty.amount === null ? '' : yuanForDocument(penalty.amount),
        penalty.description === null ? '' : `（${penalty.description}）`,
      ].join(''),
    ),
  );
}

/** 你（单位）的上述行为违反了…的规定。依据…的规定 — the legal basis as decisions word it. */
function legalBasisText(facts: DocumentFacts): string | null {
  if (facts.violations.length === 0) return null;
  const violated = [...new Set(facts.violations.map((v) => v.provisionViolated))].join('、');
  const applied = [...new Set(facts.violations.map((v) => v.provisionApplied))].join('、');
  return `当事人的上述行为违反了${violated}的规定，依据${applied}的规定`;
}

function performanceText(data: DocumentData): string | null {
  const facts = data.facts;
  if (facts === null) return null;
  if (facts.penalties.length === 0) return '本决定不设定履行义务。';
  if (facts.performanceDays === null) return null;
  const total = fineTotal(facts);
  const what = total === null ? '履行本决定' : `缴纳罚款${yuanForDocument(total)}`;
  const how = data.paymentInstructions === null ? '' : data.paymentInstructions;
  return `当事人应当自收到本决定书之日起${facts.performanceDays}日内${what}。${how}`;
}

/** 《行政处罚法》第五十九条(五): 申请行政复议、提起行政诉讼的途径和期限. */
function remediesText(data: DocumentData): string | null {
  const { reconsiderationBody, court } = data.remedies;
  if (reconsiderationBody === null || court === null) return null;
  return `如不服本决定，可以自收到本决定书之日起${RECONSIDERATION_DAYS}日内向${reconsiderationBody}申请行政复议，或者自收到本决定书之日起${LITIGATION_MONTHS}个月内向${court}提起行政诉讼。`;
}

const factsValue =
  (read: (facts: DocumentFacts) => string | null) =>
  (data: DocumentData): string | null =>
    data.facts === null ? null : read(data.facts);

export const TEMPLATE_VALUES: Readonly<Record<string, TemplateValue>> = {
  'agency.name': { label: '执法机关名称', resolve: (d) => d.agency.name },
  'case.name': { label: '案件名称', resolve: (d) => d.case.name },
  'case.number': { label: '案号', resolve: (d) => d.case.number },
  'party.name': { label: '当事人姓名或名称', resolve: (d) => joined(d.parties.map((p) => p.name)) },
  'party.address': {
    label: '当事人地址',
    resolve: (d) =>
      joined(
        d.parties.flatMap((p) => (p.address === undefined ? [] : [p.address])),
        '；',
      ),
  },
  'party.description': {
    label: '当事人基本情况',
    resolve: (d) => joined(d.parties.map(partyDescription), '\n'),
  },
  'officers.names': { label: '执法人员', resolve: (d) => joined(d.officers.map((o) => o.name)) },
  'officers.certificates': {
    label: '执法人员及执法证件编号',
    resolve: (d) =>
      joined(
        d.officers.map((o) =>
          o.certificateNumber === undefined
            ? o.name
            : `${o.name}（执法证号：${o.certificateNumber}）`,
        ),
      ),
  },
  'record.madeAt': { label: '制作时间', resolve: (d) => documentDateTime(d.record.createdAt) },
  'facts.violationFacts': {
    label: '违法事实',
    resolve: factsValue((f) => f.violationFacts.trim() || null),
  },
  'facts.evidence': { label: '证据', resolve: factsValue((f) => numbered(f.evidence)) },
  'facts.conduct': {
    label: '违法行为',
    resolve: factsValue((f) =>
      joined(
        f.violations.map((v) => v.conduct),
        '；',
      ),
    ),
  },
  'facts.legalBasis': { label: '法律依据', resolve: factsValue(legalBasisText) },
  'facts.penalties': { label: '处罚种类和幅度', resolve: factsValue(penaltyText) },
  'facts.fineTotal': {
    label: '罚款合计',
    resolve: factsValue((f) => {
      const total = fineTotal(f);
      return total === null ? null : yuanForDocument(total);
    }),
  },
  'facts.mitigation': { label: '从轻、减轻情节', resolve: factsValue((f) => f.mitigation) },
  'facts.performance': { label: '履行方式和期限', resolve: performanceText },
  'remedies.text': { label: '救济途径和期限', resolve: remediesText },
  'payment.instructions': { label: '缴款方式', resolve: (d) => d.paymentInstructions },
  'document.date': { label: '成文日期', resolve: (d) => documentDate(d.date) },
  'document.number': { label: '文号', resolve: (d) => d.number },
};

/** Whether `path` names a value a template of `kind` may print. */
export function isTemplatePath(kind: RecordTypeId, path: string): boolean {
  if (Object.hasOwn(TEMPLATE_VALUES, path)) return true;
  const key = /^record\.(.+)$/.exec(path)?.[1];
  return key !== undefined && recordTypeSpec(kind).fields.some((field) => field.key === key);
}

export function templatePathLabel(kind: RecordTypeId, path: string): string {
  const key = /^record\.(.+)$/.exec(path)?.[1];
  const field = recordTypeSpec(kind).fields.find((candidate) => candidate.key === key);
  return field?.label ?? TEMPLATE_VALUES[path]?.label ?? path;
}

/** The value at `path` for this document, or null when the case has none yet. */
export function templateValue(data: DocumentData, path: string): string | null {
  const key = /^record\.(.+)$/.exec(path)?.[1];
  if (key !== undefined) {
    const field = recordTypeSpec(data.record.type).fields.find(
      (candidate) => candidate.key === key,
    );
    return field === undefined ? null : recordFieldText(field, data.record.fields[key]);
  }
  return TEMPLATE_VALUES[path]?.resolve(data) ?? null;
}
