import type { AccessRequest } from './access-api.ts';

export const WANG = { userId: 'u-wang', displayName: '王五' };
export const CHEN = { userId: 'u-chen', displayName: '陈队长' };
export const FIXTURE_NOW = new Date('2026-03-03T02:00:00Z');
export const FIXTURE_LATER = '2026-03-10T02:00:00Z';
export const FIXTURE_EARLIER = '2026-03-03T01:00:00Z';

/** 王五's beyond-permission request to view one recording, approved by 陈队长 (tests). */
export function approvedRequest(overrides: Partial<AccessRequest> = {}): AccessRequest {
  return {
    id: 'r1',
    caseId: 'c1',
    caseNumber: '常综执罚〔2026〕1号',
    kind: 'beyond_permission',
    requester: WANG,
    grantee: WANG,
    onBehalfOf: null,
    subjectIds: ['av-1'],
    permissions: ['evidence:view'],
    reason: '比对同类案件现场情况',
    requestedUntil: FIXTURE_LATER,
    createdAt: FIXTURE_EARLIER,
    status: 'approved',
    decision: {
      approved: true,
      decidedBy: CHEN,
      comment: null,
      validUntil: FIXTURE_LATER,
      decidedAt: FIXTURE_EARLIER,
    },
    revocation: null,
    ...overrides,
  };
}
