import { ROLES } from '@liuhen/domain';
import { z } from 'zod';
import type { UserRow } from './users.repository.ts';

export const roleSchema = z.enum(ROLES);

export const userViewSchema = z
  .object({
    id: z.uuid(),
    username: z.string(),
    displayName: z.string(),
    certificateNumber: z.string().nullable(),
    agencyId: z.uuid().nullable(),
    departmentId: z.uuid().nullable(),
    roles: z.array(roleSchema),
    active: z.boolean(),
    mustChangePassword: z.boolean(),
    createdAt: z.iso.datetime(),
    lastLoginAt: z.iso.datetime().nullable(),
    deactivatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'User' });

export type UserView = z.infer<typeof userViewSchema>;

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    certificateNumber: row.certificateNumber,
    agencyId: row.agencyId,
    departmentId: row.departmentId,
    roles: row.roles as UserView['roles'],
    active: row.active,
    mustChangePassword: row.mustChangePassword,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    deactivatedAt: row.deactivatedAt?.toISOString() ?? null,
  };
}
