import type { Coverage } from './coverage-types.ts';

const feature = (name: string, where: string): Coverage => ({
  kind: 'feature',
  feature: name,
  where,
});

/**
 * Code outside the rules that serves an article, with where it lives (from the repository
 * root; coverage.test.ts checks each path exists). Named once so every article says the
 * same thing about the same code.
 */
export const FEATURES = {
  stateMachine: feature('案件环节与流转', 'packages/domain/src/enforcement/state-machine.ts'),
  vocabulary: feature(
    '执法行为类别、环节与程序词表',
    'packages/domain/src/enforcement/vocabulary.ts',
  ),
  caseRecord: feature(
    '结构化文字记录（含签名或拒签说明）',
    'packages/domain/src/records/case-record.ts',
  ),
  avRecord: feature(
    '音像记录（起止时间、入库时间、中断说明）',
    'packages/domain/src/records/av-record.ts',
  ),
  retention: feature('保管期限计算（保存至某日或永久）', 'packages/domain/src/retention'),
  avFileName: feature('音像文件命名标准', 'packages/domain/src/av/av-file-name.ts'),
  calendar: feature('工作日历（法定节假日与调休）', 'packages/domain/src/calendar'),
  avItemListPublic: feature(
    '音像记录事项清单的公开页面与 PDF（无需登录，随本机关制度版本更新）',
    'apps/server/src/profiles/av-item-list.routes.ts',
  ),
  ledger: feature('防篡改账本（只追加、可对外证明）', 'apps/server/src/ledger'),
  party: feature('当事人证件号码校验', 'packages/domain/src/party'),
  roles: feature(
    '角色（执法人员、负责人、法制审核、档案管理员、监督人员）',
    'packages/domain/src/identity/roles.ts',
  ),
  agencies: feature('机关、科室与用户管理', 'apps/server/src/identity'),
  copyProfile: feature('机关复制并编辑策略配置', 'packages/domain/src/profiles/copy-profile.ts'),
  nationalLaw: feature(
    '国家法律层（与配置取较严者并说明理由）',
    'packages/domain/src/profiles/effective-policy.ts',
  ),
  caseWorkflow: feature(
    '案件办理：按启动方式立案、逐环节记录与流转、文书封存与更正',
    'apps/server/src/cases',
  ),
  recordForms: feature('按文书目录生成的文书表单', 'apps/web/src/cases/RecordFormDrawer.tsx'),
  approvals: feature(
    '审批链：立案审批、决定审核—法制审核—批准、会签、委托、退回',
    'apps/server/src/approvals',
  ),
  findingsList: feature(
    '跨案件问题清单（按严重程度、规则、机构、期限筛选）与期限日历',
    'apps/server/src/findings',
  ),
  uploads: feature('可续传、边接收边校验哈希（SHA-256、SM3）的上传', 'apps/server/src/uploads'),
  evidenceStore: feature(
    '只写一次的证据存储（文件系统；S3 对象锁定合规模式）',
    'apps/server/src/evidence',
  ),
  avRecords: feature(
    '音像记录登记：起止时间、设备、地点、在场人、告知标记、中断说明、证据说明、标准命名',
    'apps/server/src/av-records',
  ),
  stateSecretRefusal: feature(
    '标为国家秘密的文件拒收',
    'apps/server/src/uploads/upload-declaration.ts',
  ),
  stationImport: feature(
    '采集站导入（liuhen import：递归导入、按哈希去重、断点续传、按领用人和拍摄时间匹配案件）',
    'apps/server/src/station-import',
  ),
  bodyCameraRegister: feature('执法记录仪登记与领用、归还记录', 'apps/server/src/body-cameras'),
  unassignedRecordings: feature(
    '未关联案件的音像文件进入待分配清单，逾期或与执法无关的报出问题',
    'packages/domain/src/station-import/imported-file-findings.ts',
  ),
  incidents: feature(
    '事件（重大突发事件、群体性事件、专项行动等非案件事项）：登记事件，音像分配到事件并以事件名称标识，按事件类别确定保存期限',
    'apps/server/src/incidents',
  ),
  accessPolicy: feature(
    '统一的权限规则（角色 × 操作 × 范围：本人承办、本科室、本机关、监督范围）',
    'packages/domain/src/access/access-decision.ts',
  ),
  accessRequests: feature(
    '调阅申请与审批（超出本人权限由承办机构负责人批准，外单位由机关负责人批准；限时、可撤销，使用记入留痕日志）',
    'apps/server/src/access',
  ),
  supervision: feature(
    '执法监督人员只读查看其监督的执法机关',
    'apps/server/src/access/supervisions.service.ts',
  ),
  confidentiality: feature(
    '案件与文书密级（普通、涉及个人隐私、涉及商业秘密），无需知悉者看到的身份证号、电话、地址等被遮蔽',
    'packages/domain/src/access/mask-record-content.ts',
  ),
  markedCopies: feature(
    '下载即带标记的副本（图片、PDF 加水印，音视频写入元数据：调阅人、授权、时间），副本哈希记入留痕日志',
    'apps/server/src/copies',
  ),
  accessHistory: feature(
    '案件访问记录（查看、下载、调阅申请与审批），导出 CSV 与 PDF',
    'apps/server/src/access/access-history.service.ts',
  ),
} as const satisfies Record<string, Coverage>;
