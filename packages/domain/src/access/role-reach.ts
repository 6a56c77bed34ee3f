import type { Role } from '../identity/roles.ts';
import type { Permission } from './permissions.ts';

/**
 * How far a role's permission reaches over cases:
 * - `assigned`: the cases the person is an officer on;
 * - `department`: the cases of the person's department;
 * - `agency`: every case of the person's agency;
 * - `supervised`: every case of the agencies the person supervises.
 */
export type Reach = 'assigned' | 'department' | 'agency' | 'supervised';

/**
 * Role × permission → reach. What is not listed is not allowed: a person gets more only
 * through a grant, approved by the head the regulations name (000 第十九条, 004 第二十三条).
 *
 * - An officer reads his department's cases and works on, watches and copies the recordings
 *   of those he is on; another department's material, or a recording of a colleague's case,
 *   needs the collecting department head's approval (004 第二十三条: 超出本人权限调阅、复制).
 * - The department head has his department; the agency head the agency, and decides what
 *   goes outside it (004 第二十三条: 公检法等其他部门…经机关负责人批准; 001 第十二条).
 * - The legal reviewer reads every case and watches its recordings: a major decision is
 *   reviewed on the evidence. The archivist keeps the files (003 第三十条: 专门人员负责归档、
 *   保存和使用) and so reads, watches and copies across the agency.
 * - A supervisor (司法所/司法局) reads the agencies he supervises and never writes.
 * - The administrator manages people and settings, not cases.
 */
export const ROLE_REACH: Readonly<Record<Role, Partial<Readonly<Record<Permission, Reach>>>>> = {
  officer: {
    'case:read': 'department',
    'record:read': 'department',
    'case:create': 'department',
    'case:work': 'assigned',
    'evidence:view': 'assigned',
    'evidence:download': 'assigned',
    'access:request': 'agency',
  },
  department_head: {
    'case:read': 'department',
    'record:read': 'department',
    'case:create': 'department',
    'case:work': 'department',
    'evidence:view': 'department',
    'evidence:download': 'department',
    'case:approve': 'department',
    'access:request': 'agency',
    'access:approve_internal': 'department',
    'access:revoke': 'department',
    'access:export_history': 'department',
  },
  legal_reviewer: {
    'case:read': 'agency',
    'record:read': 'agency',
    'evidence:view': 'agency',
    'case:approve': 'agency',
    'access:request': 'agency',
  },
  agency_head: {
    'case:read': 'agency',
    'record:read': 'agency',
    'case:create': 'agency',
    'case:work': 'agency',
    'evidence:view': 'agency',
    'evidence:download': 'agency',
    'case:approve': 'agency',
    'access:request': 'agency',
    'access:approve_internal': 'agency',
    'access:approve_external': 'agency',
    'access:revoke': 'agency',
    'access:export_history': 'agency',
  },
  archivist: {
    'case:read': 'agency',
    'record:read': 'agency',
    'evidence:view': 'agency',
    'evidence:download': 'agency',
    'access:request': 'agency',
    'access:export_history': 'agency',
  },
  supervisor: {
    'case:read': 'supervised',
    'record:read': 'supervised',
    'evidence:view': 'supervised',
  },
  admin: {},
};
