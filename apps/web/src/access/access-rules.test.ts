import { describe, expect, it } from 'vitest';
import {
  approvedRequest,
  CHEN,
  FIXTURE_EARLIER,
  FIXTURE_LATER,
  FIXTURE_NOW,
  WANG,
} from './approved-request.fixture.ts';
import {
  coveringGrant,
  materialAccess,
  mayRevoke,
  scopeText,
  shorterUntilAllowed,
  untilAllowed,
} from './access-rules.ts';

const NOW = FIXTURE_NOW;
const LATER = FIXTURE_LATER;
const EARLIER = FIXTURE_EARLIER;
const request = approvedRequest;

const asked = (subjectIds: string[], permission = 'evidence:view', userId = WANG.userId) => ({
  userId,
  permission,
  subjectIds,
  now: NOW,
});

describe('which grant opens a recording the role does not reach', () => {
  it('a grant on this recording opens it, and only for what it grants', () => {
    expect(coveringGrant([request()], asked(['av-1']))?.id).toBe('r1');
    expect(coveringGrant([request()], asked(['av-1'], 'evidence:download'))).toBeUndefined();
  });

  it('a grant limited to other material does not open this one; one on the whole case does', () => {
    expect(coveringGrant([request()], asked(['av-2']))).toBeUndefined();
    expect(coveringGrant([request({ subjectIds: null })], asked(['av-2']))?.id).toBe('r1');
  });

  it('opens nothing for someone else', () => {
    expect(coveringGrant([request()], asked(['av-1'], 'evidence:view', CHEN.userId))).toBe(
      undefined,
    );
  });

  it('opens nothing once expired, revoked, refused or still waiting', () => {
    const decided = request().decision!;
    const closed = [
      request({ decision: { ...decided, validUntil: EARLIER } }),
      request({
        status: 'revoked',
        revocation: { revokedBy: CHEN, reason: '工作已完成', revokedAt: EARLIER },
      }),
      request({ status: 'rejected', decision: { ...decided, approved: false, validUntil: null } }),
      request({ status: 'pending', decision: null }),
    ];
    for (const each of closed) expect(coveringGrant([each], asked(['av-1']))).toBeUndefined();
  });
});

describe('what the recording drawer offers', () => {
  it('the role’s abilities suffice without any grant', () => {
    const access = materialAccess(['evidence:view', 'evidence:download'], [], {
      userId: WANG.userId,
      subjectIds: ['av-1'],
      now: NOW,
    });
    expect(access).toEqual({ canView: true, canDownload: true, pending: undefined });
  });

  it('without them, a grant on the recording lets him watch but not copy', () => {
    const access = materialAccess(['case:read'], [request()], {
      userId: WANG.userId,
      subjectIds: ['av-1'],
      now: NOW,
    });
    expect(access.canView).toBe(true);
    expect(access.canDownload).toBe(false);
  });

  it('a request still waiting is shown instead of asking again', () => {
    const waiting = request({ status: 'pending', decision: null });
    const access = materialAccess(['case:read'], [waiting], {
      userId: WANG.userId,
      subjectIds: ['av-1'],
      now: NOW,
    });
    expect(access.canView).toBe(false);
    expect(access.pending?.id).toBe('r1');
  });
});

describe('the dates a request and a decision may carry', () => {
  it('asks for a time after now and within a month', () => {
    expect(untilAllowed(new Date('2026-03-03T03:00:00Z'), NOW)).toBe(true);
    expect(untilAllowed(new Date('2026-04-03T02:00:00Z'), NOW)).toBe(true);
    expect(untilAllowed(new Date('2026-04-03T02:01:00Z'), NOW)).toBe(false);
    expect(untilAllowed(new Date(EARLIER), NOW)).toBe(false);
  });

  it('an approver may shorten the time asked for, never lengthen it or end it in the past', () => {
    expect(shorterUntilAllowed(new Date('2026-03-05T02:00:00Z'), LATER, NOW)).toBe(true);
    expect(shorterUntilAllowed(new Date(LATER), LATER, NOW)).toBe(true);
    expect(shorterUntilAllowed(new Date('2026-03-10T02:01:00Z'), LATER, NOW)).toBe(false);
    expect(shorterUntilAllowed(new Date(EARLIER), LATER, NOW)).toBe(false);
  });
});

describe('revoking and naming a grant', () => {
  it('its holder gives it up; a head who may revoke ends anyone’s; nobody revokes what is not in force', () => {
    expect(mayRevoke(request(), WANG.userId, false)).toBe(true);
    expect(mayRevoke(request(), CHEN.userId, false)).toBe(false);
    expect(mayRevoke(request(), CHEN.userId, true)).toBe(true);
    expect(mayRevoke(request({ status: 'pending', decision: null }), CHEN.userId, true)).toBe(
      false,
    );
  });

  it('says whether it covers the whole case or some material', () => {
    expect(scopeText(null)).toBe('全案');
    expect(scopeText(['av-1', 'av-2'])).toBe('指定材料 2 项');
  });
});
