import { describe, expect, it } from 'vitest';
import { checkAccount, normalizeUsername, USERNAME_PATTERN } from './account.ts';
import { ROLE_INFO, ROLES } from './roles.ts';

describe('checkAccount', () => {
  it('an officer needs a department and a certificate number', () => {
    expect(
      checkAccount({ roles: ['officer'], departmentId: null, certificateNumber: null }),
    ).toEqual([
      { field: 'departmentId', message: '执法人员须属于一个承办机构' },
      { field: 'certificateNumber', message: '执法人员须填写执法证件编号' },
    ]);
    expect(
      checkAccount({ roles: ['officer'], departmentId: 'd', certificateNumber: '3308' }),
    ).toEqual([]);
  });

  it('an archivist needs neither', () => {
    expect(
      checkAccount({ roles: ['archivist'], departmentId: null, certificateNumber: null }),
    ).toEqual([]);
  });

  it('refuses no roles and repeated roles', () => {
    expect(checkAccount({ roles: [], departmentId: null, certificateNumber: null })[0]?.field).toBe(
      'roles',
    );
    expect(
      checkAccount({ roles: ['admin', 'admin'], departmentId: null, certificateNumber: null })[0]
        ?.field,
    ).toBe('roles');
  });
});

describe('roles', () => {
  it('every role has a Chinese label', () => {
    for (const role of ROLES) expect(ROLE_INFO[role].label).toMatch(/^\p{Script=Han}+$/u);
  });
});

describe('usernames', () => {
  it('are case-insensitive and ASCII', () => {
    expect(normalizeUsername('  Zhang.Wei ')).toBe('zhang.wei');
    expect(USERNAME_PATTERN.test('zhang.wei')).toBe(true);
    expect(USERNAME_PATTERN.test('张伟')).toBe(false);
    expect(USERNAME_PATTERN.test('1abc')).toBe(false);
  });
});
