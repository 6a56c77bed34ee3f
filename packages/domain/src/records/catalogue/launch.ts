import { s000, s001, s002, s003, s004 } from './articles.ts';
import { field, optional, whenMajorDecision } from './field.ts';
import type { RecordTypeSpec } from './spec.ts';

// 002 第四条(一) asks for video of the same steps, not a written record, so it is not cited.
const application = [s000('第六条'), s001('第五条'), s003('第九条')];
const approvalForm = [s002('第四条'), s003('第十条')];
const complaint = [s002('第四条'), s003('第十一条')];

/** 程序启动 (000 第六条, 001 第五条(一), 002 第四条, 003 第九条至第十一条, 004 第六条(一)). */
export const LAUNCH_RECORDS: readonly RecordTypeSpec[] = [
  {
    id: 'application_record',
    label: '申请登记及受理记录',
    stage: 'launch',
    partySignature: 'not_required',
    citations: application,
    fields: [
      field('applicant', 'text', '申请人', [s003('第九条')]),
      field('applicationMatter', 'text', '申请办理的事项', application),
      // 003 第九条 distinguishes 申请登记 (a written application registered) and 口头申请.
      field('applicationMethod', 'choice', '申请方式', [s003('第九条')], {
        choices: ['书面申请', '口头申请'],
      }),
      field('acceptance', 'choice', '受理或不予受理', application, {
        choices: ['受理', '不予受理'],
      }),
      field('receipt', 'text', '出具书面凭证或回执', [s003('第九条')]),
      // Only when the materials are incomplete or wrong, which the catalogue cannot see.
      field('correctionNotice', 'text', '一次性告知申请人需补正的全部内容', application, optional),
      field('onSiteCorrection', 'text', '当场更正申请材料中的错误', [s003('第九条')], optional),
    ],
  },
  {
    id: 'case_source_record',
    label: '案件来源及立案记录',
    stage: 'launch',
    partySignature: 'not_required',
    citations: [s000('第六条'), s001('第五条')],
    fields: [
      field('caseSource', 'text', '案件来源', [s000('第六条'), s001('第五条')]),
      field('filing', 'text', '立案情况', [s000('第六条'), s001('第五条')]),
    ],
  },
  {
    id: 'complaint_intake',
    label: '投诉、举报受理记录',
    stage: 'launch',
    partySignature: 'not_required',
    citations: [...complaint, s004('第六条')],
    fields: [
      field('receivedAt', 'instant', '接到投诉、举报的时间', complaint),
      // An anonymous complaint has no name to record; a real-name one must (002 第四条(三)).
      field('complainant', 'text', '投诉人、举报人', complaint, {
        requiredWhen: { kind: 'complainant_real_name' },
      }),
      field('allegation', 'text', '投诉、举报的违法行为', [...complaint, s004('第六条')]),
      // Read by requiredRecordTypes: a pursued complaint needs the launch approval form.
      field('reviewResult', 'choice', '审查结果', complaint, {
        choices: ['需要查处', '不启动执法程序'],
      }),
    ],
  },
  {
    id: 'launch_approval_form',
    label: '程序启动审批表',
    stage: 'launch',
    partySignature: 'not_required',
    citations: approvalForm,
    fields: [
      field('launchReason', 'text', '启动原因', approvalForm),
      field('partyInformation', 'text', '当事人基本情况', approvalForm),
      field('handlerOpinion', 'text', '承办人意见', approvalForm),
      field('departmentOpinion', 'text', '承办机构意见', approvalForm),
      field('legalBasis', 'text', '法律依据', approvalForm),
      // 003 第十条 says only "履行审批程序"; 第三十九条 names the approver who decides. The
      // head's opinion is given by approving the form (the case's `launch_approved` event,
      // checked by launch-unapproved), not written into it by the officer who proposes.
      field('headOpinion', 'text', '负责人意见', [s002('第四条'), s003('第三十九条')], optional),
      field(
        'legalReviewOpinion',
        'text',
        '法制机构合法性审查意见',
        [s003('第十条')],
        whenMajorDecision,
      ),
    ],
  },
  {
    id: 'complaint_decline_notice',
    label: '不启动执法程序告知记录',
    stage: 'launch',
    partySignature: 'not_required',
    citations: complaint,
    fields: [
      field('complainant', 'text', '投诉人、举报人', complaint),
      field('informedAt', 'instant', '告知时间', complaint),
      field('informContent', 'text', '告知情况', complaint),
    ],
  },
];
