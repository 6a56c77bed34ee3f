import { describe, expect, it } from 'vitest';
import type { Role } from '../identity/roles.ts';
import {
  abilitiesOn,
  decideAccess,
  type AccessCase,
  type AccessGrantFacts,
  type AccessPerson,
} from './access-decision.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';
import { caseScopeFor } from './read-scope.ts';

const NOW = '2026-11-23T10:00:00+08:00';
const CASE: AccessCase & { id: string } = {
  id: 'case-1',
  agencyId: 'agency-a',
  departmentId: 'dept-1',
  officerIds: ['zhang', 'li'],
};

function person(id: string, roles: Role[], at: Partial<AccessPerson> = {}): AccessPerson {
  return {
    id,
    roles,
    agencyId: 'agency-a',
    departmentId: 'dept-1',
    supervisedAgencyIds: [],
    ...at,
  };
}

const PEOPLE = {
  assignedOfficer: person('zhang', ['officer']),
  colleague: person('wang', ['officer']),
  otherDepartmentOfficer: person('zhao', ['officer'], { departmentId: 'dept-2' }),
  head: person('chen', ['department_head']),
  otherHead: person('sun', ['department_head'], { departmentId: 'dept-2' }),
  legal: person('wu', ['legal_reviewer'], { departmentId: null }),
  chief: person('zhou', ['agency_head'], { departmentId: null }),
  archivist: person('qian', ['archivist'], { departmentId: null }),
  otherAgencyChief: person('he', ['agency_head'], { agencyId: 'agency-b', departmentId: null }),
  supervisor: person('sifa', ['supervisor'], {
    agencyId: null,
    departmentId: null,
    supervisedAgencyIds: ['agency-a'],
  }),
  otherSupervisor: person('sifa2', ['supervisor'], {
    agencyId: null,
    departmentId: null,
    supervisedAgencyIds: ['agency-b'],
  }),
  admin: person('admin', ['admin'], { departmentId: null }),
};

/** The matrix the regulations ask for, written out: Y allowed, N refused (403), H hidden (404). */
const EXPECTED: Record<keyof typeof PEOPLE, Partial<Record<Permission, 'Y' | 'N' | 'H'>>> = {
  assignedOfficer: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'Y',
    'evidence:view': 'Y',
    'evidence:download': 'Y',
    'case:approve': 'N',
    'access:approve_internal': 'N',
    'access:request': 'Y',
  },
  colleague: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'N',
    'evidence:view': 'N',
    'evidence:download': 'N',
    'access:request': 'Y',
  },
  otherDepartmentOfficer: {
    'case:read': 'N',
    'record:read': 'N',
    'case:work': 'N',
    'evidence:view': 'N',
    'access:request': 'Y',
  },
  head: {
    'case:read': 'Y',
    'case:work': 'Y',
    'evidence:download': 'Y',
    'case:approve': 'Y',
    'access:approve_internal': 'Y',
    'access:approve_external': 'N',
    'access:revoke': 'Y',
    'access:export_history': 'Y',
  },
  otherHead: {
    'case:read': 'N',
    'evidence:view': 'N',
    'access:approve_internal': 'N',
  },
  legal: {
    'case:read': 'Y',
    'evidence:view': 'Y',
    'evidence:download': 'N',
    'case:work': 'N',
    'case:approve': 'Y',
  },
  chief: {
    'case:read': 'Y',
    'case:work': 'Y',
    'evidence:download': 'Y',
    'access:approve_internal': 'Y',
    'access:approve_external': 'Y',
    'access:export_history': 'Y',
  },
  archivist: {
    'case:read': 'Y',
    'evidence:download': 'Y',
    'case:work': 'N',
    'access:approve_internal': 'N',
  },
  otherAgencyChief: {
    'case:read': 'H',
    'evidence:view': 'H',
    'case:work': 'H',
    'access:approve_external': 'H',
  },
  supervisor: {
    'case:read': 'Y',
    'record:read': 'Y',
    'evidence:view': 'Y',
    'evidence:download': 'N',
    'case:work': 'N',
    'case:approve': 'N',
    'access:request': 'N',
  },
  otherSupervisor: { 'case:read': 'H', 'evidence:view': 'H' },
  admin: { 'case:read': 'N', 'evidence:view': 'N', 'case:work': 'N' },
};

function outcome(who: AccessPerson, permission: Permission, grants: AccessGrantFacts[] = []) {
  const decision = decideAccess({ person: who, permission, theCase: CASE, grants, now: NOW });
  if (decision.allowed) return 'Y';
  return decision.visible ? 'N' : 'H';
}

describe('decideAccess', () => {
  for (const [name, expectations] of Object.entries(EXPECTED)) {
    it(`gives ${name} what the matrix says`, () => {
      const who = PEOPLE[name as keyof typeof PEOPLE];
      for (const [permission, expected] of Object.entries(expectations)) {
        expect(outcome(who, permission as Permission), `${name} ${permission}`).toBe(expected);
      }
    });
  }

  it('lets a grant reach beyond the role, for its case, its material and its time only', () => {
    const grant: AccessGrantFacts = {
      id: 'grant-1',
      granteeId: 'zhao',
      caseId: 'case-1',
      subjectIds: ['av-1'],
      permissions: ['evidence:view'],
      validFrom: '2026-11-23T09:00:00+08:00',
      validUntil: '2026-11-24T09:00:00+08:00',
    };
    const viewing = (at: string, subjectId: string, grants = [grant]) =>
      decideAccess({
        person: PEOPLE.otherDepartmentOfficer,
        permission: 'evidence:view',
        theCase: CASE,
        grants,
        subjectIds: [subjectId],
        now: at,
      });
    expect(viewing(NOW, 'av-1')).toEqual({ allowed: true, via: 'grant', grantId: 'grant-1' });
    expect(viewing(NOW, 'av-2')).toMatchObject({ allowed: false, visible: true });
    expect(viewing('2026-11-24T09:00:00+08:00', 'av-1')).toMatchObject({ allowed: false });
    expect(viewing('2026-11-23T08:59:59+08:00', 'av-1').allowed).toBe(false);
    const revoked = { ...grant, revokedAt: '2026-11-23T09:30:00+08:00' };
    expect(viewing(NOW, 'av-1', [revoked]).allowed).toBe(false);
    expect(
      decideAccess({
        person: PEOPLE.otherDepartmentOfficer,
        permission: 'evidence:download',
        theCase: CASE,
        grants: [grant],
        subjectIds: ['av-1'],
        now: NOW,
      }).allowed,
    ).toBe(false);
  });

  it('lets another agency see a case only through a grant in force', () => {
    const grant: AccessGrantFacts = {
      id: 'grant-2',
      granteeId: 'he',
      caseId: 'case-1',
      subjectIds: null,
      permissions: ['case:read', 'record:read'],
      validFrom: '2026-11-23T09:00:00+08:00',
      validUntil: '2026-11-23T12:00:00+08:00',
    };
    expect(outcome(PEOPLE.otherAgencyChief, 'case:read', [grant])).toBe('Y');
    expect(outcome(PEOPLE.otherAgencyChief, 'evidence:view', [grant])).toBe('N');
    expect(outcome(PEOPLE.otherAgencyChief, 'evidence:view', [{ ...grant, validUntil: NOW }])).toBe(
      'H',
    );
  });

  it('says why, citing the article, when a recording is beyond the person', () => {
    const refused = decideAccess({
      person: PEOPLE.colleague,
      permission: 'evidence:view',
      theCase: CASE,
      now: NOW,
    });
    expect(refused).toMatchObject({ allowed: false, visible: true });
    if (!refused.allowed) {
      expect(refused.reason).toContain('承办机构负责人批准');
      expect(refused.citations).toContainEqual({ seed: '004', article: '第二十三条' });
    }
    const supervisor = decideAccess({
      person: PEOPLE.supervisor,
      permission: 'case:work',
      theCase: CASE,
      now: NOW,
    });
    if (!supervisor.allowed) expect(supervisor.reason).toContain('只能查阅');
  });

  it('lists the abilities the web shows', () => {
    expect(
      abilitiesOn({ person: PEOPLE.colleague, theCase: CASE, now: NOW, permissions: PERMISSIONS }),
    ).toEqual(['case:read', 'case:create', 'record:read', 'access:request']);
  });
});

describe('caseScopeFor', () => {
  it('gives each role the cases its list may show', () => {
    expect(caseScopeFor(PEOPLE.colleague)).toEqual({
      kind: 'department',
      agencyId: 'agency-a',
      departmentId: 'dept-1',
    });
    expect(caseScopeFor(PEOPLE.chief)).toEqual({ kind: 'agency', agencyId: 'agency-a' });
    expect(caseScopeFor(PEOPLE.supervisor)).toEqual({
      kind: 'supervised',
      agencyIds: ['agency-a'],
    });
    expect(caseScopeFor(PEOPLE.admin)).toEqual({ kind: 'granted_only' });
    expect(caseScopeFor({ ...PEOPLE.colleague, departmentId: null })).toEqual({ kind: 'assigned' });
  });
});
