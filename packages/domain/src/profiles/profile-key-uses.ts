import type { Duration } from './duration.ts';
import { formatDuration } from './duration-text.ts';
import type { PolicyProfile, ValueCitation } from './profile-schema.ts';

/**
 * What becomes of every key of a policy profile (./profile-schema.ts). A key is either
 * read by software that acts on it (`checked`: a rule, a refusal, a deadline, a chain), or
 * it is a duty the platform cannot check, shown to the agency with where and why
 * (`shown`), or it names the profile itself (`identity`), or it groups keys (`group`). profile-key-uses.test.ts fails
 * when a schema key is missing here, and when removing a `checked` key from a profile
 * changes nothing the software does: a key that nothing reads would promise behaviour
 * that does not exist.
 */

/** Where a `shown` duty appears: the agency's regulation page, in its own section. */
export const UNCHECKED_DUTIES_PLACE = '本机关制度 › 平台无法检查的义务';

export type ProfileKeyUse =
  | { readonly kind: 'identity' }
  /** A group of keys, each listed as `group.key`. */
  | { readonly kind: 'group' }
  | {
      readonly kind: 'checked';
      /** 中文: what reads it, as users meet it. */
      readonly by: string;
    }
  | {
      readonly kind: 'shown';
      /** 中文, as the section lists it. */
      readonly label: string;
      /** Why software cannot check it, or which issue will build what does. */
      readonly why: string;
    };

const checked = (by: string): ProfileKeyUse => ({ kind: 'checked', by });
const shown = (label: string, why: string): ProfileKeyUse => ({ kind: 'shown', label, why });
const PUBLICATION =
  '公示的发布、撤下与更正由后续的“公示”功能（issue 18）办理，目前仅展示本机关的要求';

/** Keyed by path: a top-level key, or `parent.child` inside publication, requirements, approvalChain. */
export const PROFILE_KEY_USES = {
  id: { kind: 'identity' },
  name: { kind: 'identity' },
  issuer: { kind: 'identity' },
  seed: { kind: 'identity' },
  documentNumber: { kind: 'identity' },
  actTypes: checked('启动执法程序时只能选择本制度适用的执法类别'),
  avStorageDeadline: checked('音像记录入库期限（av-stored-late、待分配音像文件期限）'),
  avStorageAfterReturnDeadline: checked('因连续工作、异地执法、偏远地区返回后的入库期限'),
  archivingDeadline: checked('归档期限（archived-late、av-filing-incomplete）'),
  emergencyLaunchApprovalDeadline: checked('紧急立案补办审批期限（emergency-launch-unapproved）'),
  avRetentionMinimum: checked('音像资料保存期限的计算'),
  permanentRetentionCategories: checked('应永久保存的音像资料的判定'),
  avStorageLabels: checked('待分配音像文件应标明的信息（recording-unassigned-late）'),
  evidenceAvNoteFields: checked(
    '作为证据使用的音像资料文字说明的必填项（av-evidence-note-missing）',
  ),
  archiveRecordFields: checked('案卷归档记录的必填项（record-incomplete、文书填写校验）'),
  mandatoryAvActs: checked('应当音像记录的执法行为（mandatory-av-missing）'),
  textRecordActs: shown(
    '文字记录事项',
    '各环节应有的文书由文书目录逐项要求和检查；本清单是制度对文字记录范围的概括表述，无法逐项对应到某一文书',
  ),
  simplifiedProcedureRecordItems: checked(
    '简易程序记录的必填项（record-incomplete、文书填写校验）',
  ),
  serviceMethods: checked('送达回证采用制度未列明的送达方式时提示（method-outside-profile）'),
  compulsoryExecutionMethods: checked(
    '强制执行采用制度未列明的方式时提示（method-outside-profile）',
  ),
  approvalChain: { kind: 'group' },
  'approvalChain.launch': checked('程序启动审批的步骤与办理人'),
  'approvalChain.decision': checked('执法决定审批的步骤与办理人'),
  accessApproval: shown(
    '超权限调阅、复制的审批人',
    '平台按角色和调阅授权控制查阅；制度所写的审批人（如“采集管理资料的部门负责人”）是职务而非系统角色，由机关在授予调阅权限时把握',
  ),
  publication: { kind: 'group' },
  'publication.scope': shown('公示范围', PUBLICATION),
  'publication.penaltyResultDeadline': shown('处罚决定公示期限', PUBLICATION),
  'publication.withdrawalOnRevocationDeadline': shown('决定撤销后撤下公示的期限', PUBLICATION),
  'publication.removalAfter': shown('公示信息的撤除期限', PUBLICATION),
  'publication.correctionDeadline': shown('公示信息的更正期限', PUBLICATION),
  'publication.exclusions': shown('不予公示的情形', PUBLICATION),
  'publication.redactions': shown('公示时应隐去的信息', PUBLICATION),
  requirements: { kind: 'group' },
  'requirements.offSiteBackup': shown(
    '音像资料异地备份',
    '备份存放在本平台之外，平台无法核实异地备份是否存在；请由系统管理员按制度执行并留存记录',
  ),
  'requirements.periodicBackup': shown(
    '音像资料定期备份',
    '备份存放在本平台之外，平台无法核实备份是否按期进行；请由系统管理员按制度执行并留存记录',
  ),
  'requirements.evidenceAvOnDiscWithNote': checked(
    '作为证据使用的音像资料须复制为光盘附卷（av-evidence-note-missing）',
  ),
  'requirements.noSecretAvOnNonSecretDevices': shown(
    '涉密音像资料不得在非涉密设备上存储',
    '设备是否涉密是设备管理事项，平台无法判断上传所用设备的密级',
  ),
  'requirements.simplifiedProcedureFullAv': checked(
    '适用简易程序的全程音像记录（mandatory-av-missing）',
  ),
  'requirements.deviceCheckBeforeUse': checked('记录仪入库时的时钟核对（camera-clock-drift）'),
  'requirements.caseRoomCctvAlwaysOn': shown(
    '办案场所视频监控全程开启',
    '办案场所的监控系统不接入本平台，平台无法核实其是否开启',
  ),
  'requirements.refusalToSignNoteAndAv': checked(
    '当事人拒绝签字时的书面说明和音像记录（transcript-unsigned）',
  ),
  'requirements.demandNoticeBeforeExecution': checked(
    '强制执行前的催告（execution-without-demand-notice）',
  ),
  'requirements.periodicCaseFileReview': shown(
    '定期开展案卷评查',
    '案卷评查的组织与评分由后续的“监督”功能（issue 19）办理，目前仅展示本机关的要求',
  ),
  'requirements.avItemListPublished': shown(
    '音像记录事项清单向社会公开',
    '发布由机关负责人在“本机关制度”页办理，公开页面由平台提供；是否已向社会公开以该页面的发布记录为准',
  ),
} as const satisfies Readonly<Record<string, ProfileKeyUse>>;

export type ProfileKeyPath = keyof typeof PROFILE_KEY_USES;

/** A `shown` duty of one profile, as the regulation page lists it. */
export interface UncheckedDuty {
  readonly path: ProfileKeyPath;
  readonly label: string;
  readonly why: string;
  /** What the regulation says, item by item (a flag has none: the label says it). */
  readonly items: readonly string[];
  readonly citations: readonly ValueCitation[];
}

const REQUESTERS: Readonly<Record<string, string>> = {
  own_staff_beyond_permission: '本机关人员超权限调阅',
  other_authority: '其他机关调阅',
  party: '当事人查阅',
};

function valueAt(profile: PolicyProfile, path: string): unknown {
  let value: unknown = profile;
  for (const part of path.split('.')) {
    value =
      value !== null && typeof value === 'object'
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  return value;
}

interface Entry {
  readonly text: string | undefined;
  readonly citation: ValueCitation;
}

function entryOf(value: Record<string, unknown>): Entry {
  const citation = value['citation'] as ValueCitation;
  if ('requester' in value) {
    return {
      text: `${REQUESTERS[value['requester'] as string] ?? ''}：经${String(value['approver'])}批准`,
      citation,
    };
  }
  if ('from' in value) return { text: formatDuration(value['value'] as Duration), citation };
  if (value['value'] === true) return { text: undefined, citation };
  return { text: String(value['value']), citation };
}

/** The duties of `profile` the platform cannot check, in the order of PROFILE_KEY_USES. */
export function uncheckedDuties(profile: PolicyProfile): UncheckedDuty[] {
  const duties: UncheckedDuty[] = [];
  for (const [path, use] of Object.entries(PROFILE_KEY_USES) as [ProfileKeyPath, ProfileKeyUse][]) {
    if (use.kind !== 'shown') continue;
    const value = valueAt(profile, path);
    if (value === undefined) continue;
    const entries = (Array.isArray(value) ? value : [value]).map((v) =>
      entryOf(v as Record<string, unknown>),
    );
    duties.push({
      path,
      label: use.label,
      why: use.why,
      items: entries.flatMap((e) => (e.text === undefined ? [] : [e.text])),
      citations: [
        ...new Map(entries.map((e) => [JSON.stringify(e.citation), e.citation])).values(),
      ],
    });
  }
  return duties;
}
