import { s000, s001, s002, s003, s004 } from './articles.ts';
import { field, optional, whenMajorDecision, type FieldOptions } from './field.ts';
import type { RecordTypeSpec } from './spec.ts';

const handlerArticles = [s000('第八条'), s001('第五条'), s003('第三十九条')];
const draftArticles = [s002('第六条'), s003('第二十三条')];
const reviewArticles = [s002('第六条'), s003('第二十三条'), s004('第九条')];
const discussionArticles = [
  s000('第八条'),
  s001('第五条'),
  s002('第六条'),
  s003('第二十三条'),
  s004('第九条'),
];
const simplifiedArticles = [s002('第六条'), s003('第二十四条')];
/** One of the seven items, named by the profile's simplifiedProcedureRecordItems. */
const simplifiedItem = (key: string, label: string, options: FieldOptions = {}) =>
  field(key, 'text', label, simplifiedArticles, {
    ...options,
    listedBy: { list: 'simplifiedProcedureRecordItems', item: label },
  });

/** 审查决定 (000 第八条, 001 第五条(三), 002 第六条, 003 第二十三条、第二十四条, 004 第九条). */
export const DECISION_RECORDS: readonly RecordTypeSpec[] = [
  {
    id: 'handler_opinion',
    label: '承办人处理意见',
    stage: 'decision',
    partySignature: 'not_required',
    citations: handlerArticles,
    fields: [
      field('handlerOpinion', 'text', '承办人处理意见', handlerArticles),
      field('facts', 'text', '事实', [s000('第八条'), s001('第五条')]),
      field('reasons', 'text', '理由', [s000('第八条'), s003('第三十九条')]),
      field('evidence', 'text', '证据', [s001('第五条')]),
      field('legalBasis', 'text', '法律依据', [s000('第八条'), s001('第五条')]),
      // Where no benchmark applies (an inspection with no penalty), "不适用" is the answer.
      field('discretionBenchmark', 'text', '行政裁量权基准适用情况', [s001('第五条')]),
      field('departmentOpinion', 'text', '承办机构意见', [s000('第八条'), s001('第五条')]),
    ],
  },
  {
    id: 'decision_draft',
    label: '行政执法决定草拟记录',
    stage: 'decision',
    partySignature: 'not_required',
    citations: draftArticles,
    fields: [
      field('drafter', 'text', '起草人', draftArticles),
      field('draftReviewer', 'text', '起草机构审查人', draftArticles),
      field('legalBasis', 'text', '法律依据', draftArticles),
      field('evidence', 'list', '证据材料', draftArticles),
    ],
  },
  {
    id: 'legal_review',
    label: '法制审核记录',
    stage: 'decision',
    partySignature: 'not_required',
    citations: [s000('第八条'), s001('第五条'), ...reviewArticles],
    fields: [
      field('reviewers', 'people', '审查人员', reviewArticles),
      field('opinion', 'text', '审查意见', reviewArticles),
      field('suggestions', 'text', '建议', draftArticles),
    ],
  },
  {
    id: 'collective_discussion_minutes',
    label: '集体讨论记录',
    stage: 'decision',
    partySignature: 'not_required',
    citations: discussionArticles,
    fields: [field('discussion', 'text', '集体讨论情况', discussionArticles)],
  },
  {
    id: 'head_approval',
    label: '负责人审批记录',
    stage: 'decision',
    partySignature: 'not_required',
    citations: [s000('第八条'), ...draftArticles, s003('第三十九条'), s004('第九条')],
    fields: [
      field('opinion', 'text', '负责人签署意见', [
        s000('第八条'),
        ...draftArticles,
        s004('第九条'),
      ]),
      field('signature', 'text', '负责人签名', draftArticles),
    ],
  },
  {
    id: 'decision_document',
    label: '行政执法决定书',
    stage: 'decision',
    partySignature: 'not_required',
    citations: [s001('第五条'), ...draftArticles, s004('第九条')],
    fields: [
      field('facts', 'text', '事实', [s002('第六条')]),
      field('reasons', 'text', '理由', draftArticles),
      field('legalBasis', 'text', '依据', [s002('第六条')]),
      field('decision', 'text', '作出决定情况', [s001('第五条'), s004('第九条')]),
      field('headOpinion', 'text', '负责人的审批意见', [s004('第九条')]),
      field('issuedAt', 'instant', '签发时间', [s004('第九条')]),
      // 004 第九条 lists the legal office's opinion for every decision, but only decisions
      // that must be reviewed have one (000 第八条(三), 002 第六条(一)2 "应当进行法制审核的",
      // 003 第二十三条(二)); demanding it of the rest would force an opinion never given.
      field('legalReviewOpinion', 'text', '法制机构审核意见', [s004('第九条')], whenMajorDecision),
      field('legalReviewer', 'text', '审核人', [s004('第九条')], whenMajorDecision),
      // When the decision orders the party to rectify: the date the check is counted from
      // (依法责令改正的，应当按期对改正情况进行核查: 002 第七条, 003 第二十六条, 004 第十一条).
      field(
        'rectificationDueOn',
        'date',
        '责令改正的期限',
        [s002('第七条'), s003('第二十六条'), s004('第十一条')],
        optional,
      ),
    ],
  },
  {
    id: 'simplified_procedure_record',
    label: '简易程序记录',
    stage: 'decision',
    partySignature: 'not_required',
    citations: simplifiedArticles,
    fields: [
      simplifiedItem('conditions', '适用简易程序的事实依据、法律依据的具体条件'),
      simplifiedItem('steps', '实施简易程序的程序步骤及法定文书'),
      simplifiedItem('partyStatement', '当事人陈述、申辩的记录'),
      simplifiedItem('statementReview', '对当事人陈述、申辩内容的复核及处理，是否采纳的理由'),
      // Items 5–7 apply only when there is something to file, a fine collected on the spot,
      // or something else the law requires: facts the catalogue cannot see.
      simplifiedItem('filing', '依法应向所属行政机关备案的内容', optional),
      simplifiedItem('onSpotFine', '对符合当场收缴罚款情况的实施过程', optional),
      simplifiedItem('other', '其他依法记录的内容', optional),
    ],
  },
];
