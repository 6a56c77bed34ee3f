import { describe, expect, it } from 'vitest';
import { parsePlainDate, type PlainDate } from '../calendar/plain-date.ts';
import { copyProfile } from '../profiles/copy-profile.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { seed004Profile } from '../profiles/seed-004.ts';
import type { RetentionCategory } from './retention-category.ts';
import { retentionExpiredOn, type RetentionDecision } from './retention-decision.ts';
import { retentionOf } from './retention-of.ts';
import type { AvRetentionSubject, CaseFileLink } from './retention-subject.ts';

const d = (text: string): PlainDate => parsePlainDate(text);

function anAv(
  categories: readonly RetentionCategory[] = [],
  caseFile: CaseFileLink = { status: 'none' },
  recordedOn = '2025-03-03',
): AvRetentionSubject {
  return { kind: 'av', recordedOn: d(recordedOn), categories, caseFile };
}

const archived = (archivedOn: string, years?: number): CaseFileLink => ({
  status: 'archived',
  archivedOn: d(archivedOn),
  retention: years === undefined ? { kind: 'permanent' } : { kind: 'years', years },
});

/** The decision without its reasons, for compact expectations. */
function outcome(decision: RetentionDecision) {
  const { reasons: _reasons, ...rest } = decision;
  return rest;
}

function decisiveRules(decision: RetentionDecision) {
  return decision.reasons.filter((r) => r.decisive).map((r) => r.rule);
}

function articlesOf(decision: RetentionDecision) {
  return decision.reasons.flatMap((r) =>
    r.citations.map((c) => `${'seed' in c ? c.seed : c.law} ${c.article}`),
  );
}

describe('an AV recorded 2025-03-03, not evidence, in no case file', () => {
  it.each([
    ['seed-002', seed002Profile, '2027-03-03', '002 第八条'],
    ['seed-003', seed003Profile, '2027-03-03', '003 第三十二条'],
    ['seed-004', seed004Profile, '2025-09-03', '004 第二十条'],
  ] as const)('%s is kept through the profile minimum', (_id, profile, until, cited) => {
    const decision = retentionOf(anAv(), profile);
    expect(outcome(decision)).toEqual({ kind: 'until', retainUntil: until });
    expect(articlesOf(decision)).toEqual([cited]);
    expect(decision.reasons[0]?.decisive).toBe(true);
  });

  it('says the agency decides under 000 and 001, inventing no number', () => {
    const under000 = retentionOf(anAv(), seed000Profile);
    expect(outcome(under000)).toEqual({ kind: 'agency_decides' });
    expect(articlesOf(under000)).toEqual(['000 第十八条']);
    expect(under000.reasons[0]?.explanation).toBe(
      '本规定未规定该音像资料的保存期限，由本机关确定（《柳林镇记录制度》第十八条）；确定前不得销毁。',
    );
    const under001 = retentionOf(anAv(), seed001Profile);
    expect(outcome(under001)).toEqual({ kind: 'agency_decides' });
    expect(articlesOf(under001)).toEqual(['001 第十条']);
  });

  it('explains the minimum with its start and end dates', () => {
    expect(retentionOf(anAv(), seed003Profile).reasons[0]?.explanation).toBe(
      '音像资料保存期限不少于 2 年（《德宏州记录办法》第三十二条），自 2025-03-03 录制完成起算，保存至 2027-03-03。',
    );
    expect(retentionOf(anAv(), seed004Profile).reasons[0]?.explanation).toBe(
      '音像资料保存期限不少于 6 个月（《常山县执法局记录制度》第二十条），自 2025-03-03 录制完成起算，保存至 2025-09-03。',
    );
  });
});

describe('AV used as evidence in a penalty case', () => {
  const evidence = anAv(['penalty_evidence'], { status: 'pending' });

  it.each([
    [
      'seed-002',
      seed002Profile,
      '永久保存：作为行政处罚证据使用（《长治市民宗局记录制度》第八条）。',
    ],
    [
      'seed-003',
      seed003Profile,
      '永久保存：作为行政处罚证据使用（《德宏州记录办法》第三十二条）。',
    ],
    [
      'seed-004',
      seed004Profile,
      '永久保存：作为案件证据使用（《常山县执法局记录制度》第二十条）。',
    ],
  ] as const)('%s is permanent', (_id, profile, explanation) => {
    const decision = retentionOf(evidence, profile);
    expect(decision.kind).toBe('permanent');
    const decisive = decision.reasons.filter((r) => r.decisive);
    expect(decisive.map((r) => r.explanation)).toEqual([explanation]);
  });

  it('still lists the rules that did not decide', () => {
    const decision = retentionOf(evidence, seed003Profile);
    expect(decision.reasons.map((r) => [r.rule, r.decisive])).toEqual([
      ['permanent_category', true],
      ['av_minimum', false],
      ['follows_case_file', false],
    ]);
  });
});

describe('AV used as evidence in a case that is not a penalty case', () => {
  it('is permanent under 004 only (作为案件证据 vs 作为行政处罚证据)', () => {
    const evidence = anAv(['case_evidence']);
    expect(retentionOf(evidence, seed004Profile).kind).toBe('permanent');
    expect(outcome(retentionOf(evidence, seed002Profile))).toEqual({
      kind: 'until',
      retainUntil: '2027-03-03',
    });
  });

  it('under 003 is kept as long as its case file, once archived', () => {
    const decision = retentionOf(
      anAv(['case_evidence'], archived('2025-04-01', 10)),
      seed003Profile,
    );
    expect(outcome(decision)).toEqual({ kind: 'until', retainUntil: '2035-12-31' });
    expect(decisiveRules(decision)).toEqual(['follows_case_file']);
    expect(decision.reasons.find((r) => r.rule === 'follows_case_file')?.explanation).toBe(
      '与所属案卷保存期限相同（《德宏州记录办法》第三十三条）：案卷于 2025-04-01 归档，保管期限 10 年，自归档次年 1 月 1 日起算，保存至 2035-12-31。',
    );
    expect(retentionOf(anAv(['case_evidence'], archived('2025-04-01')), seed003Profile).kind).toBe(
      'permanent',
    );
  });

  it('under 003 waits for a case file not yet archived, keeping at least the minimum', () => {
    const decision = retentionOf(anAv(['case_evidence'], { status: 'pending' }), seed003Profile);
    expect(outcome(decision)).toEqual({
      kind: 'awaiting_case_file',
      atLeastUntil: '2027-03-03',
    });
    expect(decisiveRules(decision)).toEqual(['follows_case_file']);
    expect(retentionExpiredOn(decision, d('2099-01-01'))).toBe(false);
  });

  it('under 003 waits even when no case file was linked: evidence must be filed', () => {
    expect(retentionOf(anAv(['case_evidence']), seed003Profile).kind).toBe('awaiting_case_file');
  });

  it('under 003 does not follow the case file when the AV is not evidence', () => {
    const decision = retentionOf(anAv([], archived('2025-04-01', 30)), seed003Profile);
    expect(outcome(decision)).toEqual({ kind: 'until', retainUntil: '2027-03-03' });
    expect(decision.reasons.map((r) => r.rule)).toEqual(['av_minimum']);
  });
});

describe('001: AV filed in the case file follows it (第十条, 第十一条)', () => {
  it('follows an archived case file whether or not it is evidence', () => {
    const decision = retentionOf(anAv([], archived('2025-06-10', 30)), seed001Profile);
    expect(outcome(decision)).toEqual({ kind: 'until', retainUntil: '2055-12-31' });
    expect(articlesOf(decision)).toEqual(['001 第十条', '001 第十一条']);
    expect(decision.reasons[0]?.explanation).toContain(
      '（《平罗县退役军人局记录制度》第十条、第十一条）',
    );
  });

  it('waits, with no floor, while the case file is not archived', () => {
    expect(outcome(retentionOf(anAv([], { status: 'pending' }), seed001Profile))).toEqual({
      kind: 'awaiting_case_file',
    });
  });

  it('000 has no such rule: an archived case file does not set the AV retention', () => {
    expect(retentionOf(anAv([], archived('2025-06-10', 30)), seed000Profile).kind).toBe(
      'agency_decides',
    );
  });
});

describe('the longest rule wins', () => {
  it('the minimum beats a case file that ends earlier', () => {
    const decision = retentionOf(
      anAv(['case_evidence'], archived('2025-03-10', 1)),
      seed003Profile,
    );
    expect(outcome(decision)).toEqual({ kind: 'until', retainUntil: '2027-03-03' });
    expect(decisiveRules(decision)).toEqual(['av_minimum']);
    expect(decision.reasons.find((r) => r.rule === 'follows_case_file')?.outcome).toEqual({
      kind: 'until',
      retainUntil: '2026-12-31',
    });
  });

  it('marks every permanent reason as decisive when several apply', () => {
    const decision = retentionOf(anAv(['penalty_evidence', 'obstruction']), seed002Profile);
    expect(decision.kind).toBe('permanent');
    expect(decisiveRules(decision)).toEqual(['permanent_category', 'permanent_category']);
    expect(decision.reasons.filter((r) => !r.decisive).map((r) => r.rule)).toEqual(['av_minimum']);
  });

  it('permanent beats a case file not yet archived', () => {
    const decision = retentionOf(
      anAv(['obstruction', 'case_evidence'], { status: 'pending' }),
      seed003Profile,
    );
    expect(decision.kind).toBe('permanent');
    expect(decisiveRules(decision)).toEqual(['permanent_category']);
  });

  it('a fact no list of the profile names changes nothing (001 has no permanent list)', () => {
    expect(
      outcome(retentionOf(anAv(['obstruction'], { status: 'pending' }), seed001Profile)),
    ).toEqual({ kind: 'awaiting_case_file' });
  });
});

describe('categories only the profile that lists them makes permanent', () => {
  it.each([
    ['petition_or_litigation', ['seed-004']],
    ['other_permanent', ['seed-004']],
    ['major_complex_case', ['seed-002', 'seed-003']],
    ['obstruction', ['seed-002', 'seed-003', 'seed-004']],
    ['major_incident', ['seed-002', 'seed-003', 'seed-004']],
  ] as const)('%s', (category, permanentUnder) => {
    const profiles = [seed002Profile, seed003Profile, seed004Profile];
    const permanent = profiles
      .filter((p) => retentionOf(anAv([category]), p).kind === 'permanent')
      .map((p) => p.id);
    expect(permanent).toEqual(permanentUnder);
  });

  it('an item without a category code matches nothing', () => {
    const uncoded: PolicyProfile = {
      ...seed004Profile,
      permanentRetentionCategories: seed004Profile.permanentRetentionCategories?.map(
        ({ value, citation }) => ({ value, citation }),
      ),
    };
    expect(outcome(retentionOf(anAv(['case_evidence']), uncoded))).toEqual({
      kind: 'until',
      retainUntil: '2025-09-03',
    });
  });
});

describe('29 February and month ends', () => {
  it.each([
    ['seed-002', seed002Profile, '2024-02-29', '2026-02-28'],
    ['seed-004', seed004Profile, '2024-02-29', '2024-08-29'],
    ['seed-004', seed004Profile, '2024-08-31', '2025-02-28'],
    ['seed-004', seed004Profile, '2023-08-31', '2024-02-29'],
    ['seed-003', seed003Profile, '2026-02-28', '2028-02-28'],
  ] as const)('%s: recorded %s → kept through %s', (_id, profile, recordedOn, until) => {
    expect(outcome(retentionOf(anAv([], { status: 'none' }, recordedOn), profile))).toEqual({
      kind: 'until',
      retainUntil: until,
    });
  });
});

describe('edited profiles', () => {
  it('uses an edited minimum', () => {
    const longer = copyProfile(seed002Profile, 'our-002', '本局规定');
    const edited: PolicyProfile = {
      ...longer,
      avRetentionMinimum: {
        value: { amount: 3, unit: 'years' },
        citation: longer.avRetentionMinimum!.citation,
      },
    };
    expect(outcome(retentionOf(anAv(), edited))).toEqual({
      kind: 'until',
      retainUntil: '2028-03-03',
    });
  });

  it('falls back to the agency, uncited, when a copy drops the minimum its seed had', () => {
    const { avRetentionMinimum: _dropped, ...rest } = seed002Profile;
    const decision = retentionOf(anAv(), { ...rest, id: 'our-002' });
    expect(outcome(decision)).toEqual({ kind: 'agency_decides' });
    expect(decision.reasons[0]?.citations).toEqual([]);
  });
});

describe('a case file', () => {
  const caseFile = (archivedOn: string, years?: number) => {
    const link = archived(archivedOn, years);
    if (link.status !== 'archived') throw new Error('unreachable');
    return { kind: 'case_file' as const, archive: link };
  };

  it.each([
    ['seed-000', seed000Profile, '000 第十八条'],
    ['seed-001', seed001Profile, '001 第十一条'],
    ['seed-002', seed002Profile, '002 第八条'],
    ['seed-003', seed003Profile, '003 第二十九条'],
    ['seed-004', seed004Profile, '004 第二十二条'],
  ] as const)('%s is kept for its archive 保管期限', (_id, profile, cited) => {
    const decision = retentionOf(caseFile('2025-06-10', 30), profile);
    expect(outcome(decision)).toEqual({ kind: 'until', retainUntil: '2055-12-31' });
    expect(articlesOf(decision)).toEqual([cited]);
  });

  it('counts from 1 January after the archiving year, at both ends of a year', () => {
    expect(outcome(retentionOf(caseFile('2025-12-31', 10), seed001Profile))).toEqual({
      kind: 'until',
      retainUntil: '2035-12-31',
    });
    expect(outcome(retentionOf(caseFile('2026-01-01', 10), seed001Profile))).toEqual({
      kind: 'until',
      retainUntil: '2036-12-31',
    });
  });

  it('is permanent when its archive record says 永久', () => {
    const decision = retentionOf(caseFile('2025-06-10'), seed001Profile);
    expect(decision.kind).toBe('permanent');
    expect(decision.reasons[0]?.explanation).toBe(
      '案卷按归档时确定的保管期限保存（《平罗县退役军人局记录制度》第十一条）：案卷于 2025-06-10 归档，保管期限为永久，永久保存。',
    );
  });

  it('ignores the AV permanent list, which is about recordings', () => {
    expect(retentionOf(caseFile('2025-06-10', 10), seed002Profile).kind).toBe('until');
  });
});

describe('retentionExpiredOn', () => {
  const until = retentionOf(anAv(), seed003Profile);

  it('runs out only after the last day', () => {
    expect(retentionExpiredOn(until, d('2027-03-03'))).toBe(false);
    expect(retentionExpiredOn(until, d('2027-03-04'))).toBe(true);
  });

  it('never runs out for permanent, waiting or agency-decided records', () => {
    const far = d('2999-12-31');
    expect(retentionExpiredOn(retentionOf(anAv(['penalty_evidence']), seed003Profile), far)).toBe(
      false,
    );
    expect(retentionExpiredOn(retentionOf(anAv(), seed000Profile), far)).toBe(false);
  });
});
