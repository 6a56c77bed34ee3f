import { s000, s001, s002, s003, s004, s004Publication } from './articles.ts';
import { field, lawField, optional } from './field.ts';
import type { RecordTypeId } from '../record-type-ids.ts';
import type { FieldSpec, RecordTypeSpec } from './spec.ts';

/**
 * 执法人员姓名、执法证件编号及出示情况: 000 第七条(一) for the investigation stage, 002
 * 第五条(一) and 003 第十二条 "在相关调查笔录中", 001 第五条(二); 004 公示制度 第六条 makes
 * showing the certificate a duty. Put on the two transcripts an officer writes face to face
 * with the person concerned (询问 and 现场检查), which is where those articles point.
 */
const officerNaming = [s000('第七条'), s001('第五条'), s002('第五条'), s003('第十二条')];
function officerFields(namesKey: string, namesLabel: string, extra = officerNaming): FieldSpec[] {
  return [
    field(namesKey, 'people', namesLabel, extra),
    field('certificateNumbers', 'list', '执法证件编号', officerNaming),
    field('certificateShown', 'text', '执法证件出示情况', [
      ...officerNaming,
      s004Publication('第六条'),
    ]),
  ];
}

const inquiryArticles = [s000('第七条'), s002('第五条'), s003('第十四条'), s004('第六条')];
const evidenceArticles = [s000('第七条'), s001('第五条'), s002('第五条'), s003('第十四条')];
const testingArticles = [s000('第七条'), s001('第五条'), s002('第五条'), s003('第十四条')];
// 000 第五条 and 001 第四条 name 鉴定意见 among text records; 000 第七条(五) and 001 第五条(二)
// the 检验、检测、检疫、鉴定 done in the investigation.
const opinionArticles = [
  s000('第五条'),
  s000('第七条'),
  s001('第四条'),
  s001('第五条'),
  s002('第五条'),
  s003('第十四条'),
];
const preservationArticles = [s000('第七条'), s002('第五条'), s003('第十九条')];
const coerciveArticles = [s002('第五条'), s003('第十八条'), s004('第六条')];
const noticeFacts = [s003('第十五条'), s004('第八条')];
const rightsArticles = [
  s000('第七条'),
  s001('第五条'),
  s002('第五条'),
  s003('第十四条'),
  s003('第十五条'),
  s004('第八条'),
];
// 003 第十四条(五) names both documents; 第十五条 says what they hold.
const statementArticles = [s002('第五条'), s003('第十四条'), s003('第十五条'), s004('第八条')];
const expertArticles = [s002('第六条'), s003('第二十三条')];

/** 调查取证 (000 第七条, 001 第五条(二), 002 第五条, 003 第十二条至第十九条, 004 第六条至第八条). */
export const INVESTIGATION_RECORDS: readonly RecordTypeSpec[] = [
  {
    id: 'inquiry_transcript',
    label: '询问（调查）笔录',
    stage: 'investigation',
    partySignature: 'required',
    citations: [...inquiryArticles, s001('第五条'), s003('第十二条'), s004('第七条')],
    fields: [
      ...officerFields('officers', '执法人员姓名'),
      field('intervieweeInformation', 'text', '当事人或者有关人员的基本情况', [s000('第七条')]),
      field('inquiredAt', 'instant', '询问的时间', [s000('第七条')]),
      field('place', 'text', '询问的地点', [s000('第七条')]),
      field('content', 'text', '询问内容', [s000('第七条'), s001('第五条')]),
      field(
        'refusalToCooperate',
        'text',
        '拒绝接受调查和提供证据的情况',
        [s002('第五条'), s003('第十四条'), s004('第六条')],
        optional,
      ),
    ],
  },
  {
    id: 'evidence_collection_notice',
    label: '调取证据通知书',
    stage: 'investigation',
    partySignature: 'required',
    citations: [s002('第五条'), s003('第十四条')],
    fields: [
      field('addressee', 'text', '被调取证据的单位或个人', [s002('第五条'), s003('第十四条')]),
      field('evidenceRequested', 'list', '调取的书证、物证', [s002('第五条'), s003('第十四条')]),
    ],
  },
  {
    id: 'evidence_register',
    label: '证据登记保存清单',
    stage: 'investigation',
    partySignature: 'required',
    citations: evidenceArticles,
    fields: [
      field('collectors', 'people', '取证人', [s000('第七条')]),
      field('collectedOn', 'date', '取证日期', [s000('第七条')]),
      field('evidenceSource', 'text', '证据出处', [s000('第七条')]),
      field('evidenceItems', 'list', '书证、物证', evidenceArticles),
    ],
  },
  {
    id: 'on_site_inspection_transcript',
    label: '现场检查（勘验）笔录',
    stage: 'investigation',
    partySignature: 'required',
    citations: [...evidenceArticles, s004('第六条'), s004('第七条')],
    fields: [
      ...officerFields('inspectors', '检查人', [s000('第七条'), ...officerNaming.slice(1)]),
      field('inspectedAt', 'instant', '现场检查（勘验）的时间', [s000('第七条')]),
      field('place', 'text', '现场检查（勘验）的地点', [s000('第七条')]),
      field('personsPresent', 'people', '在场人', [s000('第七条')]),
      field('findings', 'text', '检查或勘验情况', [s000('第七条'), s001('第五条')]),
    ],
  },
  {
    id: 'sampling_record',
    label: '抽样取证记录',
    stage: 'investigation',
    partySignature: 'required',
    citations: [...evidenceArticles, s004('第六条'), s004('第七条')],
    fields: [
      field('sampling', 'text', '抽样取证情况', [s000('第七条'), s001('第五条')]),
      field('sampleItems', 'list', '抽样物品清单', [
        s000('第七条'),
        s002('第五条'),
        s003('第十四条'),
      ]),
    ],
  },
  {
    id: 'testing_commission',
    label: '检验（检测、检疫、鉴定）委托书',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [s002('第五条'), s003('第十四条')],
    fields: [
      // 003 第十四条(七) lists 评审 beside the four the others name.
      field('testingKind', 'choice', '检验（检测、检疫、鉴定、评审）', testingArticles, {
        choices: ['检验', '检测', '检疫', '鉴定', '评审'],
      }),
      field('institution', 'text', '接受委托的检验机构', [s002('第五条'), s003('第十四条')]),
    ],
  },
  {
    id: 'testing_opinion',
    label: '检验（检测、检疫、鉴定）意见书',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: opinionArticles,
    fields: [
      field('institution', 'text', '出具意见的机构', [s002('第五条'), s003('第十四条')]),
      field('opinion', 'text', '鉴定意见', opinionArticles),
    ],
  },
  {
    id: 'advance_preservation',
    label: '先行登记保存证据记录',
    stage: 'investigation',
    partySignature: 'required',
    citations: [...preservationArticles, s001('第五条'), s004('第六条')],
    fields: [
      field('reason', 'text', '启动证据保全的理由', preservationArticles),
      field('object', 'text', '证据保全的具体标的物', preservationArticles),
      // 002/003 list 先行登记保存证据法定文书、复制、音像记录、鉴定、勘验、制作询问笔录 "等".
      field('form', 'list', '证据保全的形式', preservationArticles),
      field('documentIssued', 'text', '先行登记保存证据决定或者先行登记保存清单', [s000('第七条')]),
    ],
  },
  {
    id: 'coercive_measure_decision',
    label: '行政强制措施决定书',
    stage: 'investigation',
    partySignature: 'required',
    citations: [s004('第六条'), s004('第七条')],
    fields: [
      // The seeds end the list with "等行政强制措施", so there is a residual choice.
      field('measure', 'choice', '行政强制措施', coerciveArticles, {
        choices: ['限制公民人身自由', '查封场所、设施', '扣押物品或财产', '其他行政强制措施'],
      }),
      field('object', 'text', '查封、扣押的场所、设施、物品或财产', coerciveArticles),
      // 行政强制法 第十九条: taken on the spot before approval; the head is told within 24 h.
      lawField(
        'onTheSpotInEmergency',
        'boolean',
        '情况紧急，当场实施',
        [{ law: '行政强制法', article: '第十九条' }],
        optional,
      ),
    ],
  },
  {
    id: 'property_list',
    label: '物品、财产清单',
    stage: 'investigation',
    partySignature: 'required',
    citations: [s003('第十六条')],
    fields: [field('items', 'list', '物品、财产', [s003('第十六条')])],
  },
  {
    id: 'rights_notice',
    label: '权利告知书',
    stage: 'investigation',
    partySignature: 'required',
    citations: rightsArticles,
    fields: [
      field('noticeMethod', 'text', '告知的方式', [s000('第七条')]),
      field('facts', 'text', '拟作出执法决定的事实', noticeFacts),
      field('reasons', 'text', '理由', noticeFacts),
      field('legalBasis', 'text', '依据', noticeFacts),
      field('proposedDecision', 'text', '决定内容', [s004('第八条')]),
      field('rights', 'list', '陈述、申辩、申请回避、听证等权利', rightsArticles),
      field('remedies', 'text', '救济途径', [s002('第五条'), s003('第十五条')]),
      // The party answers later, often in a statement-and-defence transcript.
      field(
        'partyResponse',
        'text',
        '当事人陈述、申辩、申请回避、听证的情况',
        [s000('第七条'), s001('第五条'), s003('第十五条'), s004('第八条')],
        optional,
      ),
    ],
  },
  {
    id: 'statement_defence_transcript',
    label: '陈述申辩笔录',
    stage: 'investigation',
    partySignature: 'required',
    citations: statementArticles,
    fields: [
      field('speaker', 'text', '当事人、利害关系人', [s003('第十五条'), s004('第八条')]),
      field('statement', 'text', '陈述、申辩', [s000('第七条'), ...statementArticles]),
    ],
  },
  {
    id: 'hearing_transcript',
    label: '听证笔录',
    stage: 'investigation',
    partySignature: 'required',
    citations: [...evidenceArticles, s004('第六条'), s004('第七条')],
    fields: [
      field('host', 'text', '听证主持人', [s000('第七条')]),
      field('parties', 'people', '听证当事人相关信息', [s000('第七条')]),
      field('heldAt', 'instant', '听证时间', [s000('第七条')]),
      field('place', 'text', '听证地点', [s000('第七条')]),
      field('proceedings', 'text', '听证情况', [s000('第七条'), s001('第五条')]),
    ],
  },
  {
    id: 'expert_review',
    label: '专家论证会议纪要或专家意见书',
    stage: 'investigation',
    partySignature: 'not_required',
    citations: [s001('第四条'), s001('第五条'), ...expertArticles, s004('第九条')],
    fields: [
      field('experts', 'people', '专家', expertArticles),
      field('opinion', 'text', '专家论证情况', [s001('第五条'), ...expertArticles, s004('第九条')]),
    ],
  },
];

/**
 * The records that show evidence was gathered (调查取证): an inquiry, an inspection or
 * survey, evidence collected or registered, a sample taken, an expert's or laboratory's
 * opinion, evidence preserved in advance, or AV used as evidence with its note. Not a
 * rights notice, a statement or a hearing (the party's answer to the case, not evidence
 * gathered by the agency), nor a commission to test (a request, not its result), nor a
 * coercive measure (it secures, it does not establish). See docs/decisions.md.
 */
export const EVIDENCE_RECORD_TYPES: readonly RecordTypeId[] = [
  'inquiry_transcript',
  'on_site_inspection_transcript',
  'evidence_collection_notice',
  'evidence_register',
  'sampling_record',
  'testing_opinion',
  'advance_preservation',
  'av_evidence_note',
];
