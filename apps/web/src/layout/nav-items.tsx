import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  AlertOutlined,
  FlagOutlined,
  DesktopOutlined,
  FileSearchOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  VideoCameraOutlined,
} from '@ant-design/icons';
import type { Role } from '@liuhen/domain';
import type { ReactNode } from 'react';
import { ACCESS_REQUESTS_PATH, ACCESS_ROLES } from '../access/paths.ts';
import { DOCUMENT_SETTINGS_PATH } from '../documents/paths.ts';
import { FINDINGS_PATH } from '../findings/paths.ts';
import { IMPORTS_PATH } from '../imports/paths.ts';
import { INCIDENTS_PATH } from '../incidents/paths.ts';
import { PUBLIC_LEDGER_PATH } from '../ledger/paths.ts';
import { AGENCY_PROFILE_PATH } from '../profiles/paths.ts';
import { POWERS_PATH } from '../powers/paths.ts';

/**
 * The left menu. Later modules add their entries here. `roles` empty = everyone signed in;
 * otherwise the user needs at least one of them. The routes check the same roles.
 */
export interface NavLink {
  readonly key: string;
  readonly path: string;
  readonly label: string;
  readonly icon: ReactNode;
  readonly roles: readonly Role[];
}

export interface NavGroup {
  readonly key: string;
  readonly label: string;
  readonly icon: ReactNode;
  readonly roles: readonly Role[];
  readonly children: readonly NavLink[];
}

export type NavEntry = NavLink | NavGroup;

export const ADMIN_ROLES: readonly Role[] = ['admin'];

/** The people of an agency: they read its profile (its head and administrators edit it). */
export const PROFILE_READER_ROLES: readonly Role[] = [
  'officer',
  'department_head',
  'agency_head',
  'legal_reviewer',
  'archivist',
  'admin',
];
/**
 * Who sees cases: those who work on them, the legal reviewers, the archivist who keeps the
 * files and the supervisors who read the agencies they oversee. What each may do on a case
 * is the server's policy, sent with the case as `abilities`.
 */
export const CASE_ROLES: readonly Role[] = [
  'officer',
  'department_head',
  'agency_head',
  'legal_reviewer',
  'archivist',
  'supervisor',
];

/** Who sees 检查发现 across cases: those who work on cases, and the platform's supervisors. */
export const FINDINGS_ROLES: readonly Role[] = CASE_ROLES;

/**
 * Who sees the collection station's imports: those who see cases (the archivist keeps the
 * recordings, the supervisor oversees the deadline).
 */
export const IMPORT_ROLES: readonly Role[] = [
  'officer',
  'department_head',
  'agency_head',
  'archivist',
  'legal_reviewer',
  'supervisor',
];

/**
 * Who keeps 事件 (incidents): those who place docked files — they register incidents and put
 * recordings of no case on them (the server checks the same roles).
 */
export const INCIDENT_ROLES: readonly Role[] = [
  'officer',
  'department_head',
  'agency_head',
  'archivist',
];

export const NAV_ENTRIES: readonly NavEntry[] = [
  { key: 'home', path: '/', label: '工作台', icon: <DesktopOutlined />, roles: [] },
  {
    key: 'cases',
    path: '/cases',
    label: '案件办理',
    icon: <FolderOpenOutlined />,
    roles: CASE_ROLES,
  },
  {
    key: 'imports',
    path: IMPORTS_PATH,
    label: '音像导入',
    icon: <VideoCameraOutlined />,
    roles: IMPORT_ROLES,
  },
  {
    key: 'incidents',
    path: INCIDENTS_PATH,
    label: '事件',
    icon: <FlagOutlined />,
    roles: INCIDENT_ROLES,
  },
  {
    key: 'findings',
    path: FINDINGS_PATH,
    label: '检查发现',
    icon: <AlertOutlined />,
    roles: FINDINGS_ROLES,
  },
  {
    key: 'access-requests',
    path: ACCESS_REQUESTS_PATH,
    label: '调阅申请',
    icon: <FileSearchOutlined />,
    roles: ACCESS_ROLES,
  },
  {
    key: 'profile',
    path: AGENCY_PROFILE_PATH,
    label: '本机关制度',
    icon: <ProfileOutlined />,
    roles: PROFILE_READER_ROLES,
  },
  {
    key: 'powers',
    path: POWERS_PATH,
    label: '权责清单',
    icon: <AuditOutlined />,
    roles: PROFILE_READER_ROLES,
  },
  {
    key: 'document-settings',
    path: DOCUMENT_SETTINGS_PATH,
    label: '文书设置',
    icon: <FileTextOutlined />,
    roles: PROFILE_READER_ROLES,
  },
  {
    key: 'admin',
    label: '系统管理',
    icon: <SettingOutlined />,
    roles: ADMIN_ROLES,
    children: [
      {
        key: 'agencies',
        path: '/admin/agencies',
        label: '执法机关',
        icon: <ApartmentOutlined />,
        roles: ADMIN_ROLES,
      },
      {
        key: 'users',
        path: '/admin/users',
        label: '用户管理',
        icon: <TeamOutlined />,
        roles: ADMIN_ROLES,
      },
      {
        key: 'holidays',
        path: '/admin/holidays',
        label: '节假日',
        icon: <CalendarOutlined />,
        roles: ADMIN_ROLES,
      },
    ],
  },
  {
    key: 'ledger',
    path: PUBLIC_LEDGER_PATH,
    label: '留痕检查点',
    icon: <SafetyCertificateOutlined />,
    roles: [],
  },
];

export function isNavGroup(entry: NavEntry): entry is NavGroup {
  return 'children' in entry;
}
