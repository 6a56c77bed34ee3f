import type { Citation } from '../citation/citation.ts';

/** The roles of DESIGN.md "Who uses it"; English names from GLOSSARY.md. */
export const ROLES = [
  'officer',
  'department_head',
  'legal_reviewer',
  'agency_head',
  'archivist',
  'supervisor',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export interface RoleInfo {
  readonly label: string;
  readonly description: string;
  /** A role that acts inside one department must have one. */
  readonly needsDepartment: boolean;
  /** Officers carry an enforcement certificate whose number is recorded on every act. */
  readonly needsCertificate: boolean;
  readonly basis?: Citation;
}

export const ROLE_INFO: Readonly<Record<Role, RoleInfo>> = {
  officer: {
    label: '执法人员',
    description: '办理案件、制作笔录、上传执法记录仪音像、送达文书',
    needsDepartment: true,
    needsCertificate: true,
    // 执法证件编号 is written into every investigation transcript (003 第十二条).
    basis: { seed: '003', article: '第十二条' },
  },
  department_head: {
    label: '承办机构负责人',
    description: '审核、批准立案，审批超出权限的调阅申请，接收中断报告',
    needsDepartment: true,
    needsCertificate: false,
  },
  legal_reviewer: {
    label: '法制审核人员',
    description: '审核重大行政执法决定',
    needsDepartment: false,
    needsCertificate: false,
  },
  agency_head: {
    label: '机关负责人',
    description: '批准决定、外单位调阅与销毁',
    needsDepartment: false,
    needsCertificate: false,
  },
  archivist: {
    label: '档案管理员',
    description: '立卷归档、刻录证据光盘、四性检测',
    needsDepartment: false,
    needsCertificate: false,
  },
  supervisor: {
    label: '执法监督人员',
    description: '查看各机关的合规情况、案卷评查与统计',
    needsDepartment: false,
    needsCertificate: false,
  },
  admin: {
    label: '系统管理员',
    description: '管理执法机关、承办机构、用户与配置',
    needsDepartment: false,
    needsCertificate: false,
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
