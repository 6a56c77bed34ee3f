import { describe, expect, it } from 'vitest';
import type { SeedId } from '../citation/citation.ts';
import { SEED_TEXTS } from '../regulations/texts/index.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { SEED_004_RECORDING, seed004Profile } from '../profiles/seed-004.ts';
import type { RecordingInterruption } from '../records/av-record.ts';
import { avInterruptionUnexplainedRule } from './av-interruption-unexplained.ts';
import { INTERRUPTION_DUTIES } from './av/interruption-duties.ts';
import { aCase, aContext, anAvRecord } from './test-support/rule-fixture.ts';

const PROFILES: Readonly<Record<SeedId, PolicyProfile>> = {
  '000': seed000Profile,
  '001': seed001Profile,
  '002': seed002Profile,
  '003': seed003Profile,
  '004': seed004Profile,
};
const SEEDS = Object.keys(PROFILES) as SeedId[];

const ARTICLES: Readonly<Record<SeedId, object>> = {
  '000': { seed: '000', article: '第十四条' },
  '001': { seed: '001', article: '第八条' },
  '002': { seed: '002', article: '第五条' },
  '003': { seed: '003', article: '第二十一条' },
  '004': { seed: '004', article: '第十七条', document: SEED_004_RECORDING },
};

const FROM = '2025-03-03T09:20:00+08:00';

function check(profile: PolicyProfile, ...interruptions: RecordingInterruption[]) {
  const av = anAvRecord({ id: 'av-cut', interruptions });
  return avInterruptionUnexplainedRule.check(aContext({ profile, avRecords: [av] }));
}

describe('av-interruption-unexplained: resumed recording', () => {
  it.each(SEEDS)('without a note is missing under seed-%s, citing its own article', (seed) => {
    const findings = check(PROFILES[seed], { from: FROM, resumedAt: '2025-03-03T09:25:00+08:00' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: 'av-interruption-unexplained',
      severity: 'missing',
      citations: [ARTICLES[seed]],
      subjectId: 'av-cut',
    });
    expect(findings[0]!.message).toContain('2025-03-03 09:20 中断、2025-03-03 09:25 恢复');
    expect(findings[0]!.message).toContain('中断原因');
  });

  it.each(SEEDS)('with a note is fine under seed-%s', (seed) => {
    const resumed = {
      from: FROM,
      resumedAt: '2025-03-03T09:25:00+08:00',
      note: '电量不足，更换电池',
    };
    expect(check(PROFILES[seed], resumed)).toEqual([]);
  });

  it('treats a blank note as none', () => {
    const blank = { from: FROM, resumedAt: '2025-03-03T09:25:00+08:00', note: ' \u3000 ' };
    expect(check(seed002Profile, blank)).toHaveLength(1);
  });
});

describe('av-interruption-unexplained: recording that could not be resumed', () => {
  it.each([
    ['000', true],
    ['001', true],
    ['002', false],
    ['003', true],
    ['004', false],
  ] as const)('under seed-%s a report to the head is required: %s', (seed, required) => {
    const explainedNotReported = { from: FROM, writtenExplanation: '设备损坏，无法继续录制' };
    const findings = check(PROFILES[seed], explainedNotReported);
    expect(findings).toHaveLength(required ? 1 : 0);
    if (required) {
      expect(findings[0]!.message).toContain('负责人报告');
      expect(findings[0]!.citations).toEqual([ARTICLES[seed]]);
    }
  });

  it.each(SEEDS)('under seed-%s a written explanation is required', (seed) => {
    const reportedNotExplained = { from: FROM, reportedAt: '2025-03-03T09:30:00+08:00' };
    const findings = check(PROFILES[seed], reportedNotExplained);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.message).toContain('书面说明');
    expect(findings[0]!.citations).toEqual([ARTICLES[seed]]);
  });

  it('reports both duties separately when neither is done', () => {
    expect(check(seed003Profile, { from: FROM })).toHaveLength(2);
    expect(check(seed004Profile, { from: FROM })).toHaveLength(1);
  });

  it('is fine when reported and explained', () => {
    const done = {
      from: FROM,
      reportedAt: '2025-03-03T09:30:00+08:00',
      writtenExplanation: '设备损坏，无法继续录制',
    };
    for (const seed of SEEDS) expect(check(PROFILES[seed], done), seed).toEqual([]);
  });
});

describe('av-interruption-unexplained: 立即报告 is timed', () => {
  const explained = { from: FROM, writtenExplanation: '设备损坏，无法继续录制' };
  const at = (now: string, ...interruptions: RecordingInterruption[]) =>
    avInterruptionUnexplainedRule.check(
      aContext({
        profile: seed000Profile,
        now,
        avRecords: [anAvRecord({ id: 'av-cut', interruptions })],
      }),
    );

  it('is due within the hour after the recording stopped, missing after it', () => {
    const [due] = at('2025-03-03T10:19:00+08:00', explained);
    expect(due).toMatchObject({ severity: 'due', dueAt: '2025-03-03T02:20:00.000Z' });
    expect(due!.message).toContain('2025-03-03 10:20 前');
    const [missing] = at('2025-03-03T10:20:00+08:00', explained);
    expect(missing!.severity).toBe('missing');
    expect(missing!.message).toContain('至今没有报告记录');
  });

  it('a report within the hour is at once; a later one is a violation with its delay', () => {
    expect(
      at('2025-03-04T09:00:00+08:00', { ...explained, reportedAt: '2025-03-03T10:19:00+08:00' }),
    ).toEqual([]);
    const [late] = at('2025-03-04T09:00:00+08:00', {
      ...explained,
      reportedAt: '2025-03-03T12:50:00+08:00',
    });
    expect(late).toMatchObject({
      severity: 'violation',
      citations: [{ seed: '000', article: '第十四条' }],
    });
    expect(late!.message).toContain('迟延 2 小时 30 分钟');
  });
});

describe('av-interruption-unexplained: the rule', () => {
  it('checks every interruption of every AV record, on the current stage', () => {
    const first = anAvRecord({ interruptions: [{ from: FROM }] });
    const second = anAvRecord({
      interruptions: [
        { from: FROM, resumedAt: '2025-03-03T09:25:00+08:00', note: '下雨' },
        { from: '2025-03-03T09:40:00+08:00', resumedAt: '2025-03-03T09:41:00+08:00' },
      ],
    });
    const findings = avInterruptionUnexplainedRule.check(
      aContext({
        profile: seed001Profile,
        avRecords: [first, second, anAvRecord()],
        enforcementCase: aCase({ stage: 'decision' }),
      }),
    );
    expect(findings.map((f) => [f.subjectId, f.stage])).toEqual([
      [first.id, 'decision'],
      [first.id, 'decision'],
      [second.id, 'decision'],
    ]);
  });

  it('follows the seed of a copied profile', () => {
    const copy: PolicyProfile = { ...seed002Profile, id: 'my-bureau', name: '本局制度' };
    expect(check(copy, { from: FROM, writtenExplanation: '设备故障' })).toEqual([]);
  });

  it('lists the five articles, one per seed', () => {
    expect(avInterruptionUnexplainedRule.citations).toEqual(SEEDS.map((seed) => ARTICLES[seed]));
    expect(BUILTIN_PROFILES.map((p) => INTERRUPTION_DUTIES[p.seed!].citation)).toEqual(
      SEEDS.map((seed) => ARTICLES[seed]),
    );
  });
});

/** The text of an article (in 004, of the recording regulation, which comes second). */
function articleText(seed: SeedId, article: string): string {
  const text = SEED_TEXTS[seed].replace(/[\s\u3000]+/g, '');
  const body = seed === '004' ? text.slice(text.indexOf('全过程记录制度第一条')) : text;
  const start = body.indexOf(article);
  const next = body.slice(start + article.length).search(/第[一二三四五六七八九十]+条/);
  return body.slice(start, next === -1 ? undefined : start + article.length + next);
}

describe('av-interruption-unexplained: the articles say what the table says', () => {
  it.each(SEEDS)('seed-%s', (seed) => {
    const duty = INTERRUPTION_DUTIES[seed];
    const text = articleText(seed, duty.citation.article);
    expect(text).toMatch(/重新开始记录时应当对中[断止]原因进行(语音)?说明/);
    expect(text).toMatch(/确实无法继续记录的/);
    expect(text).toMatch(/事后(书面)?说明/);
    expect(/立即向[^，。]*负责人报告/.test(text)).toBe(duty.reportToHead);
  });
});
