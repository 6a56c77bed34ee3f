import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';
import { ROLES } from './roles.ts';

const role = z.enum(ROLES);
const account = z.strictObject({
  username: z.string(),
  displayName: z.string(),
  certificateNumber: z.string().nullable(),
  agencyId: z.uuid().nullable(),
  departmentId: z.uuid().nullable(),
  roles: z.array(role),
});

export const identityEvents = defineEvents({
  'identity.administrator_bootstrapped': {
    label: '首次启动创建系统管理员',
    data: z.strictObject({ username: z.string() }),
  },
  'identity.agency_created': {
    label: '新建执法机关',
    data: z.strictObject({ name: z.string(), code: z.string() }),
  },
  'identity.agency_updated': {
    label: '修改执法机关',
    data: z.strictObject({
      before: z.strictObject({ name: z.string(), code: z.string() }),
      after: z.strictObject({ name: z.string(), code: z.string() }),
    }),
  },
  'identity.agency_profile_set': {
    label: '设置适用的执法全过程记录制度',
    data: z.strictObject({ before: z.string().nullable(), after: z.string() }),
  },
  'identity.department_created': {
    label: '新建承办机构',
    data: z.strictObject({ name: z.string() }),
  },
  'identity.department_renamed': {
    label: '修改承办机构',
    data: z.strictObject({ before: z.string(), after: z.string() }),
  },
  'identity.user_created': { label: '新建用户', data: account },
  /** Role changes are user updates whose before/after differ in `roles`. */
  'identity.user_updated': {
    label: '修改用户',
    data: z.strictObject({ before: account, after: account }),
  },
  'identity.user_deactivated': { label: '停用用户', data: z.strictObject({}) },
  'identity.user_reactivated': { label: '恢复用户', data: z.strictObject({}) },
  'identity.password_reset': { label: '重置密码', data: z.strictObject({}) },
  'identity.access_recovered': {
    label: '在服务器上恢复账号访问',
    data: z.strictObject({ username: z.string() }),
  },
});
