import type { EnforcementCase } from '../../enforcement/enforcement-case.ts';
import type { ActType, LaunchMode, Procedure, Stage } from '../../enforcement/vocabulary.ts';
import type { LawCitation } from '../../profiles/national-law.ts';
import type { PolicyProfile, ProfileCitation } from '../../profiles/profile-schema.ts';
import type { CaseRecord } from '../case-record.ts';
import type { RecordTypeId } from '../record-type-ids.ts';
import { citationsForProfile, s000, s001, s002, s003, s004 } from './articles.ts';
import type { RequiredRecord } from './spec.ts';

/** What must hold of a case for a requirement to apply; every property given must hold. */
interface RequirementCondition {
  readonly actType?: ActType;
  readonly launchMode?: LaunchMode;
  readonly procedure?: Procedure;
  /** A record of this type is on file. */
  readonly recordExists?: RecordTypeId;
  /** A record of this type says this (e.g. the complaint was found to need pursuing). */
  readonly recordField?: {
    readonly type: RecordTypeId;
    readonly field: string;
    readonly equals: string;
  };
}

interface RecordRequirement {
  readonly stage: Stage;
  readonly type: RecordTypeId;
  readonly when: RequirementCondition;
  readonly reason: string;
  /**
   * Every seed article that names the record in this situation. A finding cites those of
   * the profile's own seed; when that seed is silent, all of them (citationsForProfile).
   */
  readonly citations: readonly ProfileCitation[];
  /** Articles of national law that require the record too: they bind every agency. */
  readonly lawCitations?: readonly LawCitation[];
}

/**
 * Which records a stage needs, from the seeds. Deliberately absent, because other rules
 * own them and a second finding would only repeat theirs: the rights notice before a
 * decision, legal review and collective discussion of major decisions, the written record
 * of a declined real-name complaint (complaint-not-pursued-uninformed), the demand notice
 * before compulsory execution, and the evidence note of AV used as evidence.
 */
const REQUIREMENTS: readonly RecordRequirement[] = [
  {
    stage: 'launch',
    type: 'application_record',
    when: { launchMode: 'on_application' },
    reason: '依申请启动的，应当记录申请、受理、补正等情况',
    citations: [s000('第六条'), s001('第五条'), s003('第九条')],
  },
  {
    stage: 'launch',
    type: 'case_source_record',
    when: { launchMode: 'ex_officio', procedure: 'ordinary' },
    reason: '依职权启动的，应当记录案件来源和立案情况',
    citations: [s000('第六条'), s001('第五条')],
  },
  {
    stage: 'launch',
    type: 'launch_approval_form',
    when: { launchMode: 'ex_officio', procedure: 'ordinary' },
    reason: '依职权启动一般程序的，应当填写程序启动审批表并履行审批程序',
    citations: [s002('第四条'), s003('第十条')],
  },
  {
    stage: 'launch',
    type: 'complaint_intake',
    when: { launchMode: 'complaint' },
    reason: '接到投诉、举报的，应当记录受理情况',
    citations: [s002('第四条'), s003('第十一条'), s004('第六条')],
  },
  {
    stage: 'launch',
    type: 'launch_approval_form',
    when: {
      launchMode: 'complaint',
      procedure: 'ordinary',
      recordField: { type: 'complaint_intake', field: 'reviewResult', equals: '需要查处' },
    },
    reason: '投诉、举报经审查需要查处的，应当启动执法程序，填写程序启动审批表并履行审批程序',
    citations: [s002('第四条'), s003('第十条'), s003('第十一条')],
  },
  {
    stage: 'decision',
    type: 'handler_opinion',
    when: { procedure: 'ordinary' },
    reason: '一般程序应当记录承办人的处理意见及事实、理由、法律依据和承办机构意见',
    citations: [s000('第八条'), s001('第五条'), s003('第三十九条')],
  },
  {
    stage: 'decision',
    type: 'decision_draft',
    when: { procedure: 'ordinary' },
    reason: '草拟行政执法决定应当记录起草人、起草机构审查人、法律依据、证据材料',
    citations: [s002('第六条'), s003('第二十三条')],
  },
  {
    stage: 'decision',
    type: 'head_approval',
    when: { procedure: 'ordinary' },
    reason: '作出决定前应当记录负责人的审批意见和签名',
    citations: [
      s000('第八条'),
      s002('第六条'),
      s003('第二十三条'),
      s003('第三十九条'),
      s004('第九条'),
    ],
  },
  {
    stage: 'decision',
    type: 'decision_document',
    when: { procedure: 'ordinary' },
    reason: '一般程序应当制作符合法定格式的行政执法决定书',
    citations: [s001('第五条'), s002('第六条'), s003('第二十三条'), s004('第九条')],
  },
  {
    // 000 and the national baseline name no decision document of their own; the statute does.
    stage: 'decision',
    type: 'decision_document',
    when: { procedure: 'ordinary', actType: 'penalty' },
    reason: '依一般程序给予行政处罚的，应当制作行政处罚决定书',
    citations: [],
    lawCitations: [{ law: '行政处罚法', article: '第五十九条' }],
  },
  {
    stage: 'decision',
    type: 'simplified_procedure_record',
    when: { procedure: 'simplified' },
    reason: '适用简易程序作出决定的，应当记录适用条件、程序步骤、陈述申辩及复核等内容',
    citations: [s002('第六条'), s003('第二十四条')],
  },
  {
    stage: 'service_and_execution',
    type: 'proof_of_service',
    // A decision on the spot is handed over there and signed for on the document itself
    // (行政处罚法 第五十二条); service-overdue asks for that hand-over instead.
    when: { recordExists: 'decision_document', procedure: 'ordinary' },
    reason: '作出行政执法决定后，应当送达并记录送达的时间、地点、方式及送达情况',
    citations: [
      s000('第九条'),
      s000('第十条'),
      s001('第五条'),
      s002('第七条'),
      s003('第二十五条'),
      s004('第十条'),
    ],
  },
  {
    stage: 'archiving',
    type: 'archive_record',
    when: {},
    reason: '归档时应当记录案卷归档编号、类别、保管期限、执法起始终结日期等结案归档情况',
    // 002 第八条, 003 第二十九条 and 004 第二十二条 require archiving but no record of it.
    citations: [s000('第十一条'), s001('第五条')],
  },
];

function holds(
  condition: RequirementCondition,
  enforcementCase: EnforcementCase,
  records: readonly CaseRecord[],
): boolean {
  const { actType, launchMode, procedure, recordExists, recordField } = condition;
  if (actType !== undefined && enforcementCase.actType !== actType) return false;
  if (launchMode !== undefined && enforcementCase.launchMode !== launchMode) return false;
  if (procedure !== undefined && enforcementCase.procedure !== procedure) return false;
  if (recordExists !== undefined && !records.some((r) => r.type === recordExists)) return false;
  if (
    recordField !== undefined &&
    !records.some(
      (r) => r.type === recordField.type && r.fields[recordField.field] === recordField.equals,
    )
  )
    return false;
  return true;
}

/** The records `stage` needs for this case, each once, with the articles under `profile`. */
export function requiredRecordTypes(
  enforcementCase: EnforcementCase,
  stage: Stage,
  records: readonly CaseRecord[],
  profile: PolicyProfile,
): readonly RequiredRecord[] {
  const required = new Map<RecordTypeId, RequiredRecord>();
  for (const requirement of REQUIREMENTS) {
    if (requirement.stage !== stage) continue;
    if (!holds(requirement.when, enforcementCase, records)) continue;
    const citations = [
      ...citationsForProfile(requirement.citations, profile),
      ...(requirement.lawCitations ?? []),
    ];
    const earlier = required.get(requirement.type);
    // A record two requirements ask for is one document: the first's reason, both's articles.
    required.set(
      requirement.type,
      earlier === undefined
        ? { type: requirement.type, citations, reason: requirement.reason }
        : { ...earlier, citations: [...earlier.citations, ...citations] },
    );
  }
  return [...required.values()];
}

/** Every article a requirement can cite, for a rule's `citations`. */
export function everyRequirementCitation(): ProfileCitation[] {
  return REQUIREMENTS.flatMap((requirement) => requirement.citations);
}
