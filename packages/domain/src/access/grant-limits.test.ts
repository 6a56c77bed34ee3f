import { describe, expect, it } from 'vitest';
import { decideAccess, type AccessGrantFacts } from './access-decision.ts';
import { grantRefusal, rolesHold } from './grant-limits.ts';

const NOW = '2026-11-23T10:00:00+08:00';
const CASE = { id: 'case-1', agencyId: 'a1', departmentId: 'd1', officerIds: ['zhang'] };
const grant = (granteeId: string, permission: AccessGrantFacts['permissions'][number]) => ({
  id: `grant-${granteeId}`,
  granteeId,
  caseId: 'case-1',
  subjectIds: null,
  permissions: [permission],
  validFrom: '2026-11-23T09:00:00+08:00',
  validUntil: '2026-11-24T09:00:00+08:00',
});

describe('a grant never widens what a role may do', () => {
  it('lifts reach but adds no permission the roles lack', () => {
    expect(rolesHold(['legal_reviewer'], 'evidence:view')).toBe(true);
    expect(rolesHold(['legal_reviewer'], 'evidence:download')).toBe(false);
    expect(rolesHold(['admin'], 'case:read')).toBe(false);
    const reviewer = {
      id: 'he',
      roles: ['legal_reviewer'] as const,
      agencyId: 'a2',
      departmentId: null,
      supervisedAgencyIds: [],
    };
    const decide = (permission: 'evidence:view' | 'evidence:download') =>
      decideAccess({
        person: reviewer,
        permission,
        theCase: CASE,
        grants: [grant('he', permission)],
        now: NOW,
      }).allowed;
    expect(decide('evidence:view')).toBe(true);
    expect(decide('evidence:download')).toBe(false);
  });

  it('names no reader outside an agency, and no permission beyond his roles', () => {
    expect(grantRefusal({ roles: ['supervisor'], agencyId: null }, ['case:read'])?.slug).toBe(
      'grantee-not-of-an-agency',
    );
    expect(grantRefusal({ roles: ['admin'], agencyId: null }, ['case:read'])?.slug).toBe(
      'grantee-not-of-an-agency',
    );
    expect(
      grantRefusal({ roles: ['legal_reviewer'], agencyId: 'a2' }, ['evidence:download'])?.slug,
    ).toBe('grant-beyond-grantee-role');
    expect(grantRefusal({ roles: ['officer'], agencyId: 'a2' }, ['evidence:download'])).toBeNull();
  });
});
