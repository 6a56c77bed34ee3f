import { z } from 'zod';
import { defineEvents } from '../events/define-events.ts';

export const authEvents = defineEvents({
  'auth.login_succeeded': {
    label: '登录成功',
    data: z.strictObject({ ip: z.string().nullable() }),
  },
  'auth.login_failed': {
    label: '登录失败',
    data: z.strictObject({
      /** As typed (normalised), whether or not such a user exists. */
      username: z.string().max(64),
      reason: z.enum(['invalid_credentials', 'locked', 'deactivated', 'rate_limited']),
      ip: z.string().nullable(),
    }),
  },
  'auth.logged_out': { label: '退出登录', data: z.strictObject({}) },
  'auth.password_changed': { label: '修改密码', data: z.strictObject({}) },
  /** A wrong current password when changing it: someone at a signed-in session is guessing. */
  'auth.password_change_failed': {
    label: '修改密码失败',
    data: z.strictObject({
      reason: z.enum(['wrong_current_password', 'locked']),
      ip: z.string().nullable(),
    }),
  },
});
