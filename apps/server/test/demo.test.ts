import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AGENCIES, DEMO_PASSWORD } from '../src/demo/demo-agencies.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { flat, pdfText } from './support/pdf-text.ts';
import { rows } from './support/rows.ts';
import { Client, createTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
});
afterAll(() => testApp.close());

describe('the demo', () => {
  // A ceiling: seeding five agencies through every approval step took 555 s at load 21.
  it('gives every built-in profile an agency with cases in every stage, through the API', async () => {
    const summary = await seedDemo(testApp.app, testApp.admin);
    expect(summary.agencies).toBe(DEMO_AGENCIES.length);
    const stages = await rows<{ profile_id: string; stages: string[] }>(
      testApp.database.db.execute(sql`
        select profile_id, array_agg(distinct stage order by stage) as stages
        from cases group by profile_id order by profile_id`),
    );
    expect(stages.map((row) => row.profile_id)).toEqual(DEMO_AGENCIES.map((a) => a.profileId));
    for (const row of stages) {
      expect(row.stages, row.profile_id).toEqual([
        'archived',
        'archiving',
        'decision',
        'investigation',
        'launch',
        'service_and_execution',
      ]);
    }
  }, 900_000);

  it('records the inquiry of each investigation on video, registered against the transcript', async () => {
    const recorded = await rows<{ profile_id: string; av: number; missing: number }>(
      testApp.database.db.execute(sql`
        select c.profile_id,
               (select count(*)::int from av_records a where a.case_id = c.id) as av,
               (select count(*)::int from case_findings f
                 where f.case_id = c.id and f.rule_id = 'mandatory-av-missing') as missing
        from cases c where c.stage = 'investigation' order by c.profile_id`),
    );
    expect(recorded.map((row) => row.profile_id)).toEqual(DEMO_AGENCIES.map((a) => a.profileId));
    for (const row of recorded) expect(row, row.profile_id).toMatchObject({ av: 1, missing: 0 });
  });

  it("registers each agency's cameras and docks a clip from the spare, waiting in the inbox", async () => {
    for (const agency of DEMO_AGENCIES) {
      const handler = new Client(testApp.app);
      expect((await handler.login(`${agency.prefix}.zhang`, DEMO_PASSWORD)).statusCode).toBe(200);
      const inbox = (await handler.get('/api/v1/imported-files?status=unassigned')).json();
      expect(inbox.items, agency.prefix).toHaveLength(1);
      const [docked] = inbox.items;
      expect(docked.bodyCamera.serial).toBe(`DSJ-${agency.prefix.toUpperCase()}-02`);
      expect(docked.holder).toBeNull();
      expect(docked.placement.basis).toContain('没有领用人');
      expect(docked.dueAt).not.toBeNull();
      const cameras = (
        await handler.get(`/api/v1/agencies/${docked.agencyId}/body-cameras`)
      ).json();
      expect(
        cameras.items.map(
          (camera: { holder: { displayName: string } | null }) =>
            camera.holder?.displayName ?? null,
        ),
      ).toEqual(['张明', null]);
    }
  });

  it('signs its people in with the demo password and shows them their inbox', async () => {
    const chief = new Client(testApp.app);
    const login = await chief.login('demo003.zhou', DEMO_PASSWORD);
    expect(login.statusCode).toBe(200);
    const inbox = (await chief.get('/api/v1/approvals/inbox')).json();
    expect(inbox.items.length).toBeGreaterThan(0);
    const findings = (await chief.get('/api/v1/findings?severity=due')).json();
    expect(findings.items.map((f: { ruleId: string }) => f.ruleId)).toContain(
      'emergency-launch-unapproved',
    );
  });

  it('counts the regional days off its autonomous areas chose: 宁夏 for 001, 德宏 for 003', async () => {
    const signedIn = async (prefix: string) => {
      const client = new Client(testApp.app);
      expect((await client.login(`${prefix}.zhang`, DEMO_PASSWORD)).statusCode).toBe(200);
      return client;
    };
    const layersOf = async (client: Client) => {
      const { agencyId } = (await client.get('/api/v1/auth/session')).json().user;
      return (await client.get(`/api/v1/agencies/${agencyId}/holiday-layers`)).json().layers;
    };
    const day = async (client: Client, date: string) =>
      (await client.get(`/api/v1/calendar/working-days?date=${date}`)).json();
    const pingluo = await signedIn('demo001');
    const dehong = await signedIn('demo003');
    const liulin = await signedIn('demo000');
    expect(await layersOf(pingluo)).toEqual(['ningxia']);
    expect(await layersOf(dehong)).toEqual(['dehong']);
    expect(await layersOf(liulin)).toEqual([]);
    // 2026-03-20, a Friday: 开斋节 in 宁夏 (regional-holidays.ts), a working day elsewhere.
    expect(await day(pingluo, '2026-03-20')).toMatchObject({
      working: false,
      festival: '开斋节（宁夏回族自治区）',
    });
    expect(await day(liulin, '2026-03-20')).toMatchObject({ working: true });
    // 2026-04-13, a Monday: 泼水节 in 德宏.
    expect(await day(dehong, '2026-04-13')).toMatchObject({
      working: false,
      festival: '泼水节（德宏傣族景颇族自治州）',
    });
    expect(await day(pingluo, '2026-04-13')).toMatchObject({ working: true });
  });

  it('has each head publish the agency’s 音像记录事项清单, so its public page shows it', async () => {
    const client = new Client(testApp.app);
    expect((await client.login('demo003.zhou', DEMO_PASSWORD)).statusCode).toBe(200);
    const { agencyId } = (await client.get('/api/v1/auth/session')).json().user;
    const page = await testApp.app.inject({
      method: 'GET',
      url: `/api/v1/public/agencies/${agencyId}/av-item-list`,
    });
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({ profileId: 'seed-003', version: null });
  });

  it('gives each agency an example 权责清单 and the facts of its two cases at the decision stage', async () => {
    const counts = await rows<{ agency_id: string; powers: number; facts: number }>(
      testApp.database.db.execute(sql`
        select a.id as agency_id,
               (select count(distinct p.power_id)::int from power_versions p
                 where p.agency_id = a.id) as powers,
               (select count(*)::int from case_facts_versions f join cases c on c.id = f.case_id
                 where f.agency_id = a.id and c.stage = 'decision') as facts
        from agencies a order by a.name`),
    );
    expect(counts).toHaveLength(DEMO_AGENCIES.length);
    for (const row of counts) expect(row).toMatchObject({ powers: 5, facts: 2 });
  });

  it('issues the rights notices and the decision with facts, numbered per agency', async () => {
    const issued = await rows<{ agency_id: string; kind: string; numbers: string[] }>(
      testApp.database.db.execute(sql`
        select agency_id, kind, array_agg(number order by sequence) as numbers
        from issued_documents group by agency_id, kind order by agency_id, kind`),
    );
    const decisions = issued.filter((row) => row.kind === 'decision_document');
    expect(decisions).toHaveLength(DEMO_AGENCIES.length);
    for (const row of decisions) expect(row.numbers).toHaveLength(1);
    for (const row of issued.filter((r) => r.kind === 'rights_notice')) {
      // Every case that reached the decision stage: two there, and three beyond it.
      expect(row.numbers).toHaveLength(5);
      expect(row.numbers[0]).toMatch(/罚告字〔\d{4}〕第1号$/);
    }
  });

  it('prints every record of a decided demo case as a draft PDF and a DOCX', async () => {
    const client = new Client(testApp.app);
    expect((await client.login('demo004.zhang', DEMO_PASSWORD)).statusCode).toBe(200);
    const [decided] = await rows<{ id: string; party: string }>(
      testApp.database.db.execute(sql`
        select c.id, c.parties->0->>'name' as party from cases c join agencies a on a.id = c.agency_id
        where a.code = '常综执演' and c.stage = 'archived' limit 1`),
    );
    const { items } = (await client.get(`/api/v1/cases/${decided!.id}/records`)).json() as {
      items: { id: string; type: string }[];
    };
    expect(new Set(items.map((record) => record.type)).size).toBeGreaterThanOrEqual(10);
    for (const record of items) {
      const pdf = await client.get(`/api/v1/records/${record.id}/document?format=pdf`);
      expect(pdf.statusCode, record.type).toBe(200);
      expect(flat(await pdfText(pdf.rawPayload)), record.type).toContain(decided!.party);
      const docx = await client.get(`/api/v1/records/${record.id}/document?format=docx`);
      expect(docx.statusCode, record.type).toBe(200);
      expect(docx.rawPayload.subarray(0, 2).toString(), record.type).toBe('PK');
    }
  });
});
