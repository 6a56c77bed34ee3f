import { recordTypeSpec } from '../records/catalogue/catalogue.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';
import { documentKind } from './document-kinds.ts';
import type { DocumentTemplate, TemplateBlock } from './document-template.ts';

/**
 * The templates every agency starts from, modelled on the 《行政执法文书常用格式范本》 layout
 * (002 第二条): the kinds a party receives most are written out as the 范本 word them; every
 * other kind prints its record's items as a form. An agency's own template replaces these
 * one kind at a time (apps/server/src/documents/).
 */
const caseHeader: TemplateBlock = {
  type: 'fields',
  rows: [
    { label: '案件名称', value: '{{case.name}}' },
    { label: '案号', value: '{{case.number}}' },
  ],
};

const paragraph = (text: string, indent = true): TemplateBlock => ({
  type: 'paragraph',
  text,
  indent,
});

const SPECIFIC: Partial<Record<RecordTypeId, readonly TemplateBlock[]>> = {
  // 行政处罚法 第五十九条: the six items, in the order the 范本 prints them.
  decision_document: [
    paragraph('当事人：{{party.description}}', false),
    paragraph('{{record.facts}}'),
    paragraph('以上事实有下列证据为证：\n{{facts.evidence}}'),
    paragraph('{{record.reasons}}'),
    paragraph('{{facts.legalBasis}}。'),
    paragraph('{{facts.mitigation}}'),
    paragraph('依据{{record.legalBasis}}的规定，本机关决定：{{record.decision}}'),
    paragraph('具体处罚如下：\n{{facts.penalties}}'),
    paragraph('{{facts.performance}}'),
    paragraph('责令当事人于{{record.rectificationDueOn}}前改正违法行为。'),
    paragraph(
      '当事人到期不缴纳罚款的，本机关可以每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款的数额（《中华人民共和国行政处罚法》第七十二条）。',
    ),
    paragraph('{{remedies.text}}'),
  ],
  // 行政处罚法 第四十四条、第四十五条: the facts, reasons and basis of the intended penalty,
  // and the right to state, defend and (第六十三条) ask for a hearing.
  rights_notice: [
    paragraph('{{party.name}}：', false),
    paragraph('经调查，{{record.facts}}'),
    paragraph('{{record.reasons}}'),
    paragraph(
      '依据{{record.legalBasis}}，本机关拟对你（单位）作出如下行政处罚：{{record.proposedDecision}}',
    ),
    paragraph(
      '根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有以下权利：\n{{record.rights}}',
    ),
    paragraph('{{record.remedies}}'),
    { type: 'record_fields' },
    { type: 'signatures', roles: ['party'] },
  ],
  inquiry_transcript: [
    {
      type: 'fields',
      rows: [
        { label: '询问时间', value: '{{record.inquiredAt}}' },
        { label: '询问地点', value: '{{record.place}}' },
        { label: '询问人', value: '{{record.officers}}' },
        { label: '执法证件编号', value: '{{record.certificateNumbers}}' },
        { label: '记录人', value: '{{officers.names}}' },
        { label: '被询问人基本情况', value: '{{record.intervieweeInformation}}' },
      ],
    },
    paragraph('{{record.certificateShown}}'),
    { type: 'dialogue', path: 'record.content' },
    { type: 'record_fields' },
    paragraph('以上笔录已经被询问人核对（或者已向其宣读），记录属实。'),
    { type: 'signatures', roles: ['party', 'officers'] },
  ],
  on_site_inspection_transcript: [
    caseHeader,
    {
      type: 'fields',
      rows: [
        { label: '检查（勘验）时间', value: '{{record.inspectedAt}}' },
        { label: '检查（勘验）地点', value: '{{record.place}}' },
        { label: '当事人', value: '{{party.name}}' },
        { label: '在场人', value: '{{record.personsPresent}}' },
      ],
    },
    { type: 'record_fields' },
    { type: 'heading', text: '检查（勘验）情况' },
    paragraph('{{record.findings}}'),
    paragraph('以上笔录已经当事人（在场人）核对，记录属实。'),
    { type: 'signatures', roles: ['party', 'witness', 'officers'] },
  ],
  demand_notice: [
    paragraph('{{party.name}}：', false),
    paragraph(
      '本机关作出的{{record.unperformedDecision}}，你（单位）至今未履行。根据《中华人民共和国行政强制法》第三十五条的规定，现催告你（单位）自收到本催告书之日起十日内履行上述义务。',
    ),
    paragraph('{{record.rightsNotified}}'),
    { type: 'record_fields' },
  ],
  coercive_measure_decision: [
    paragraph('当事人：{{party.description}}', false),
    { type: 'record_fields' },
    paragraph('{{remedies.text}}'),
  ],
  // 行政强制法 第三十七条: 当事人、强制执行的理由和依据、方式和时间、救济途径.
  compulsory_execution_record: [
    paragraph('当事人：{{party.description}}', false),
    { type: 'record_fields' },
    paragraph('{{remedies.text}}'),
  ],
  proof_of_service: [
    caseHeader,
    { type: 'record_fields' },
    { type: 'signatures', roles: ['recipient', 'server'] },
  ],
};

/** The template of a kind until the agency writes its own. */
export function defaultTemplate(kind: RecordTypeId): DocumentTemplate {
  const spec = recordTypeSpec(kind);
  const { title, sealed } = documentKind(kind);
  const blocks: readonly TemplateBlock[] = SPECIFIC[kind] ?? [
    caseHeader,
    { type: 'fields', rows: [{ label: '当事人', value: '{{party.name}}' }] },
    { type: 'record_fields' },
    {
      type: 'signatures',
      roles: spec.partySignature === 'required' ? ['party', 'officers'] : ['officers'],
    },
  ];
  return { kind, title, blocks, sealed };
}
