import { describe, expect, it } from 'vitest';
import type { AccessRequest } from './access-api.ts';
import { materialAccess } from './access-rules.ts';
import { approvedRequest, FIXTURE_NOW, WANG } from './approved-request.fixture.ts';
import { materialActions } from './material-actions.ts';

const NOW = FIXTURE_NOW;
const ATTACHMENT = ['att-1', 'rec-1'];

const grant = (overrides: Partial<AccessRequest> = {}) =>
  approvedRequest({
    id: 'g1',
    subjectIds: ['att-1'],
    reason: '比对同类案件的签字页',
    ...overrides,
  });

/** The buttons of one attachment (its id and its record's) for 王五. */
function actionsFor(
  abilities: string[],
  requests: AccessRequest[],
  options = { viewIsCopy: false, canRequest: true },
) {
  const access = materialAccess(abilities, requests, {
    userId: WANG.userId,
    subjectIds: ATTACHMENT,
    now: NOW,
  });
  return materialActions(access, options);
}

describe('the buttons of an attachment', () => {
  it('an officer on the case views and copies it, with nothing to ask for', () => {
    const actions = actionsFor(['evidence:view', 'evidence:download'], []);
    expect(actions).toMatchObject({ view: true, download: true, offer: 'none' });
  });

  it('a colleague without the role is offered 申请调阅 for viewing it', () => {
    const actions = actionsFor(['case:read'], []);
    expect(actions).toMatchObject({ view: false, download: false, offer: 'request' });
    expect(actions.ask).toEqual(['evidence:view']);
  });

  it('one who may not even ask is told so rather than shown a button', () => {
    const actions = actionsFor(['case:read'], [], { viewIsCopy: false, canRequest: false });
    expect(actions.offer).toBe('refused');
  });

  it('a grant on the attachment lets him view but not copy; one on its record does the same', () => {
    expect(actionsFor(['case:read'], [grant()])).toMatchObject({
      view: true,
      download: false,
      offer: 'none',
    });
    expect(actionsFor(['case:read'], [grant({ subjectIds: ['rec-1'] })])).toMatchObject({
      view: true,
      offer: 'none',
    });
    // A grant on another attachment of the case opens nothing here.
    expect(actionsFor(['case:read'], [grant({ subjectIds: ['att-2'] })]).offer).toBe('request');
  });

  it('a grant to copy shows 下载副本 without 查看', () => {
    const actions = actionsFor(['case:read'], [grant({ permissions: ['evidence:download'] })]);
    expect(actions).toMatchObject({ view: false, download: true, offer: 'none' });
  });

  it('his request still waiting is shown instead of asking again', () => {
    const waiting = grant({ status: 'pending', decision: null });
    const actions = actionsFor(['case:read'], [waiting]);
    expect(actions.offer).toBe('pending');
    expect(actions.pending?.id).toBe('g1');
  });

  it('a file the browser cannot show (TIFF) is seen by copying it, so viewing alone does not open it', () => {
    const tiff = { viewIsCopy: true, canRequest: true };
    const viewOnly = actionsFor(['evidence:view'], [], tiff);
    expect(viewOnly).toMatchObject({ view: false, download: false, offer: 'request' });
    expect(viewOnly.ask).toEqual(['evidence:download']);
    expect(actionsFor(['evidence:view', 'evidence:download'], [], tiff)).toMatchObject({
      view: true,
      download: true,
    });
  });
});
