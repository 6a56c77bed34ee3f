import { describe, expect, it } from 'vitest';
import { roleGrantRefusal } from './role-grants.ts';

const platform = { id: 'p', platformAdmin: true };
const agencyAdmin = { id: 'a', platformAdmin: false };
const officer = { id: 'u', roles: ['officer'] as const, departmentId: 'd1' };

describe('roleGrantRefusal', () => {
  it.each([
    ['platform admin creates a head', platform, undefined, ['agency_head'], null, null],
    ['agency admin creates an admin', agencyAdmin, undefined, ['admin'], null, null],
    [
      'agency admin creates a supervisor',
      agencyAdmin,
      undefined,
      ['supervisor'],
      null,
      'role-grant-needs-platform-admin',
    ],
    [
      'agency admin adds a head role',
      agencyAdmin,
      officer,
      ['officer', 'department_head'],
      'd1',
      'role-grant-needs-platform-admin',
    ],
    ['agency admin removes a role', agencyAdmin, officer, ['admin'], 'd1', null],
    [
      'agency admin moves an officer',
      agencyAdmin,
      officer,
      ['officer'],
      'd2',
      'department-move-needs-platform-admin',
    ],
    ['platform admin moves an officer', platform, officer, ['officer'], 'd2', null],
    [
      'platform admin changes his own roles',
      platform,
      { id: 'p', roles: ['admin'] as const, departmentId: null },
      ['admin', 'supervisor'],
      null,
      'cannot-change-own-roles',
    ],
  ] as const)('%s', (_, granter, before, roles, departmentId, expected) => {
    const refusal = roleGrantRefusal({
      granter,
      ...(before === undefined ? {} : { before }),
      after: { roles, departmentId },
    });
    expect(refusal?.slug ?? null).toBe(expected);
  });
});
