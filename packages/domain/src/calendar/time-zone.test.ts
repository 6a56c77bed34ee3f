import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Node reads TZ once at start, so each zone needs its own process: the same probe runs here
 * and in children started with TZ=America/Los_Angeles and TZ=Asia/Shanghai, and all three
 * must answer alike. The probe also reports the zone it ran in, proving TZ took effect.
 */
const PROBE = `
export async function probe(calendarUrl) {
  const c = await import(calendarUrl);
  const days = [];
  for (let date = c.parsePlainDate('2024-01-01'); date <= '2026-12-31'; date = c.addDays(date, 1)) {
    const status = c.isWorkingDay(date);
    days.push(date + ' ' + status.reason + ' ' + (status.festival ?? ''));
  }
  const add = (from, n) => { try { return c.addWorkingDays(c.parsePlainDate(from), n); } catch (error) { return error.name + ' ' + error.year; } };
  return {
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsetMinutes: new Date(Date.UTC(2026, 1, 14, 12)).getTimezoneOffset(),
    days,
    official: ['2024-10-12', '2025-01-26', '2026-02-14', '2026-02-16', '2026-02-28'].map((d) => c.isWorkingDay(c.parsePlainDate(d))),
    added: [add('2026-02-12', 3), add('2025-12-30', 3), add('2026-02-23', 6), add('2026-12-30', 2)],
    calendar: c.addCalendarDays(c.parsePlainDate('2026-02-12'), 3),
    today: ['2025-12-31T15:59:59Z', '2025-12-31T16:00:00Z', '2026-03-08T09:59:59Z', '2026-11-01T09:00:00Z'].map((t) => c.todayInShanghai(new Date(t))),
    weekdays: ['2026-02-14', '2026-03-08', '2026-11-01'].map((d) => c.isoWeekday(c.parsePlainDate(d))),
  };
}
`;

const scratch = mkdtempSync(path.join(tmpdir(), 'liuhen-tz-'));
const probeFile = path.join(scratch, 'probe.mjs');
writeFileSync(probeFile, PROBE);
const calendarUrl = new URL('./index.ts', import.meta.url).href;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type ProbeResult = { zone: string; offsetMinutes: number } & Record<string, unknown>;

function probeIn(zone: string): ProbeResult {
  const script = `const { probe } = await import(${JSON.stringify(pathToFileURL(probeFile).href)});
process.stdout.write(JSON.stringify(await probe(${JSON.stringify(calendarUrl)})));`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
  });
  return JSON.parse(output) as ProbeResult;
}

describe('results do not depend on the process time zone', () => {
  it('Los Angeles, Shanghai and this process agree day by day', async () => {
    const { probe } = (await import(pathToFileURL(probeFile).href)) as {
      probe: (url: string) => Promise<ProbeResult>;
    };
    const here = JSON.parse(JSON.stringify(await probe(calendarUrl))) as ProbeResult;
    const losAngeles = probeIn('America/Los_Angeles');
    const shanghai = probeIn('Asia/Shanghai');

    expect(losAngeles.zone).toBe('America/Los_Angeles');
    expect(losAngeles.offsetMinutes).toBe(480);
    expect(shanghai.zone).toBe('Asia/Shanghai');
    expect(shanghai.offsetMinutes).toBe(-480);

    const strip = ({ zone: _zone, offsetMinutes: _offset, ...rest }: ProbeResult) => rest;
    expect(strip(losAngeles)).toEqual(strip(here));
    expect(strip(shanghai)).toEqual(strip(here));

    expect(losAngeles.days).toHaveLength(1096);
    expect((losAngeles.official as { working: boolean }[]).map((s) => s.working)).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(losAngeles.added).toEqual([
      '2026-02-24',
      '2026-01-05',
      '2026-03-02',
      'CalendarCoverageError 2027',
    ]);
    expect(losAngeles.calendar).toBe('2026-02-15');
    expect(losAngeles.today).toEqual(['2025-12-31', '2026-01-01', '2026-03-08', '2026-11-01']);
    expect(losAngeles.weekdays).toEqual([6, 7, 7]);
  });
});
