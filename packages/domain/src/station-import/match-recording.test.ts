import { describe, expect, it } from 'vitest';
import { matchRecording, type MatchCandidate, type MatchInput } from './match-recording.ts';

const holder = { userId: 'u-zhang', name: '张三' };
const capture = { from: '2026-03-03T09:00:00+08:00', until: '2026-03-03T09:20:00+08:00' };

function candidate(overrides: Partial<MatchCandidate> & { caseId: string }): MatchCandidate {
  return {
    caseNumber: `常综执立〔2026〕${overrides.caseId}号`,
    officerIds: [holder.userId, 'u-li'],
    openedAt: '2026-03-01T10:00:00+08:00',
    recordTimes: [],
    ...overrides,
  };
}

function input(overrides: Partial<MatchInput>): MatchInput {
  return {
    deviceSerial: 'DSJ-001',
    cameraRegistered: true,
    holder,
    capture,
    candidates: [],
    ...overrides,
  };
}

describe('matchRecording', () => {
  it('places the file on the only case its holder was working on', () => {
    const match = matchRecording(
      input({
        candidates: [
          candidate({ caseId: '1' }),
          candidate({ caseId: '2', officerIds: ['u-li', 'u-wang'] }),
        ],
      }),
    );
    expect(match).toMatchObject({ kind: 'matched', caseId: '1' });
    expect(match.basis).toContain('张三');
    expect(match.basis).toContain('2026-03-03 09:00');
  });

  it('does not count a case that ended before, or was entered more than a day after, the recording', () => {
    const match = matchRecording(
      input({
        candidates: [
          candidate({ caseId: 'ended', endedAt: '2026-03-02T17:00:00+08:00' }),
          candidate({ caseId: 'later', openedAt: '2026-03-05T09:00:00+08:00' }),
          candidate({ caseId: 'next-day', openedAt: '2026-03-04T08:00:00+08:00' }),
        ],
      }),
    );
    expect(match).toMatchObject({ kind: 'matched', caseId: 'next-day' });
  });

  it('chooses among several cases by the text records made around the recording', () => {
    const match = matchRecording(
      input({
        candidates: [
          candidate({ caseId: 'a', recordTimes: ['2026-03-02T15:00:00+08:00'] }),
          candidate({ caseId: 'b', recordTimes: ['2026-03-03T10:30:00+08:00'] }),
        ],
      }),
    );
    expect(match).toMatchObject({ kind: 'matched', caseId: 'b' });
    expect(match.basis).toContain('2 件');
  });

  it('leaves it to a person when the records do not tell the cases apart', () => {
    const match = matchRecording(
      input({
        candidates: [
          candidate({ caseId: 'a', recordTimes: ['2026-03-03T09:05:00+08:00'] }),
          candidate({ caseId: 'b', recordTimes: ['2026-03-03T09:10:00+08:00'] }),
          candidate({ caseId: 'c', recordTimes: [] }),
        ],
      }),
    );
    expect(match.kind).toBe('unmatched');
    if (match.kind === 'unmatched') expect(match.candidateIds).toEqual(['a', 'b']);
    expect(match.basis).toContain('请人工分配');
  });

  it('says why a file cannot be placed', () => {
    expect(matchRecording(input({ cameraRegistered: false })).basis).toContain(
      'DSJ-001 未在本单位登记',
    );
    expect(matchRecording(input({ capture: undefined })).basis).toContain('没有拍摄时间');
    expect(matchRecording(input({ holder: undefined })).basis).toContain('没有领用人');
    expect(
      matchRecording(input({ candidates: [candidate({ caseId: 'x', officerIds: ['u-li'] })] })),
    ).toMatchObject({ kind: 'unmatched', candidateIds: [] });
  });
});
