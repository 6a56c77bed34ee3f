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
} as const satisfies Record<string, Coverage>;
