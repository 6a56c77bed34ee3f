import type { AccessKind, AccessRequestStatus, GrantablePermission } from './access-api.ts';

export const ACCESS_KIND_LABELS: Readonly<Record<AccessKind, string>> = {
  beyond_permission: '超出本人权限调阅',
  external_agency: '外单位调阅',
  party_copy: '当事人复制',
};

/** Who decides each kind, as the form and the lists say it. */
export const ACCESS_KIND_APPROVER: Readonly<Record<AccessKind, string>> = {
  beyond_permission: '承办机构负责人',
  external_agency: '机关负责人',
  party_copy: '机关负责人',
};

export const GRANTABLE_PERMISSIONS: readonly GrantablePermission[] = [
  'case:read',
  'record:read',
  'evidence:view',
  'evidence:download',
];

export const PERMISSION_LABELS: Readonly<Record<GrantablePermission, string>> = {
  'case:read': '查阅案件',
  'record:read': '查阅文书',
  'evidence:view': '查看音像记录、附件',
  'evidence:download': '复制（下载）',
};

export function permissionLabel(permission: string): string {
  return PERMISSION_LABELS[permission as GrantablePermission] ?? permission;
}

export const STATUS_INFO: Readonly<
  Record<AccessRequestStatus, { readonly label: string; readonly color: string }>
> = {
  pending: { label: '待审批', color: 'blue' },
  approved: { label: '已批准', color: 'green' },
  rejected: { label: '不予批准', color: 'red' },
  expired: { label: '已过期', color: 'default' },
  revoked: { label: '已撤销', color: 'orange' },
};

/** The basis the form cites (000 第十九条, 004 第二十三条; 001 第十二条 for a party). */
export const ACCESS_BASIS =
  '依据规定000 第十九条、规定004 第二十三条：超出本人权限调阅、复制执法记录资料，须经承办机构负责人批准；外单位调阅、当事人复制，须经机关负责人批准。';

/** Said wherever a copy is offered: what the copy carries, and that the original stays as it is. */
export const MARKED_COPY_NOTICE =
  '下载的是带标记的副本：图片和 PDF 加水印（调阅人、授权、时间），音视频写入元数据；原件不变。';
