import { EXECUTION_METHODS } from '../../enforcement/vocabulary.ts';
import { s000, s001, s002, s003, s004 } from './articles.ts';
import { field, lawField, optional } from './field.ts';
import { PROOF_OF_SERVICE } from './proof-of-service.ts';
import type { RecordTypeSpec } from './spec.ts';

/** Where review of the decision stands when it is executed (行政强制法 第四十四条). */
export const REMEDY_STATUSES = [
  '法定期限内未申请行政复议或者提起行政诉讼',
  '行政复议或者行政诉讼正在进行',
  '行政复议或者行政诉讼已终结',
] as const;

const performanceArticles = [
  s000('第九条'),
  s001('第五条'),
  s002('第七条'),
  s003('第二十六条'),
  s004('第十一条'),
];
// "按期对改正情况进行核查": the period is part of what is checked.
const onTime = [s002('第七条'), s003('第二十六条'), s004('第十一条')];
const demandArticles = [s002('第七条'), s003('第二十七条')];
const reviewArticles = [s002('第七条'), s003('第二十七条'), s004('第十一条')];
const executionArticles = [s002('第七条'), s003('第二十八条')];
const courtArticles = [s003('第二十八条'), s004('第十一条')];
const remediesArticles = [s000('第九条'), s002('第五条'), s003('第十五条')];

/** 送达执行 (000 第九条、第十条, 001 第五条(四), 002 第七条, 003 第二十五条至第二十八条, 004 第十条、第十一条). */
export const SERVICE_AND_EXECUTION_RECORDS: readonly RecordTypeSpec[] = [
  PROOF_OF_SERVICE,
  {
    id: 'performance_record',
    label: '履行情况记录',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: performanceArticles,
    fields: [field('performance', 'text', '当事人履行行政执法决定的情况', performanceArticles)],
  },
  {
    id: 'rectification_check',
    label: '改正情况核查记录',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: [s000('第九条'), ...onTime],
    fields: [
      field('dueOn', 'date', '责令改正的期限', onTime),
      field('checkedOn', 'date', '核查日期', onTime),
      field('rectification', 'text', '改正情况', [s000('第九条'), ...onTime]),
    ],
  },
  {
    id: 'demand_notice',
    label: '催告书',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: [...demandArticles, s004('第十一条')],
    fields: [
      field('unperformedDecision', 'text', '逾期不履行的行政执法决定', demandArticles),
      // 004 第十一条 "催告情况、告知情况": the party is told of the right to state and defend.
      field('rightsNotified', 'text', '告知情况', [s004('第十一条')]),
      // 行政强制法 第五十四条 counts the ten days before a court application from service.
      lawField(
        'servedAt',
        'instant',
        '催告书送达的时间',
        [{ law: '行政强制法', article: '第五十四条' }],
        optional,
      ),
    ],
  },
  {
    id: 'statement_review_record',
    label: '陈述申辩复核记录',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: reviewArticles,
    fields: [
      field('statement', 'text', '陈述、申辩中提出的事实、理由和证据', [
        s003('第二十七条'),
        s004('第十一条'),
      ]),
      field('reviewOpinion', 'text', '复核及处理意见', reviewArticles),
    ],
  },
  {
    id: 'compulsory_execution_record',
    label: '行政强制执行记录',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: [s000('第九条'), ...executionArticles, s004('第六条'), s004('第十一条')],
    fields: [
      field('method', 'choice', '强制执行方式', executionArticles, { choices: EXECUTION_METHODS }),
      // 行政强制法 第四十四条: no demolition while the party may still seek or is seeking review.
      lawField(
        'remedyStatus',
        'choice',
        '行政复议、行政诉讼情况',
        [{ law: '行政强制法', article: '第四十四条' }],
        {
          choices: [...REMEDY_STATUSES],
          requiredWhen: { kind: 'field_in', field: 'method', values: ['demolition'] },
        },
      ),
      field('execution', 'text', '行政强制执行的情况', [
        s000('第九条'),
        ...executionArticles,
        s004('第六条'),
      ]),
    ],
  },
  {
    id: 'court_enforcement_application',
    label: '申请法院强制执行记录',
    stage: 'service_and_execution',
    partySignature: 'not_required',
    citations: courtArticles,
    fields: [
      field('application', 'text', '申请情况', courtArticles),
      // Required although it comes later: the stage is not over until the court has acted.
      field('result', 'text', '强制执行结果', courtArticles),
    ],
  },
  {
    id: 'remedies_notice',
    label: '行政救济途径告知记录',
    stage: 'service_and_execution',
    // A 告知 record (003 第十六条 "告知等笔录") directly concerns the party's rights.
    partySignature: 'required',
    citations: remediesArticles,
    fields: [field('remedies', 'text', '行政救济途径', remediesArticles)],
  },
];
