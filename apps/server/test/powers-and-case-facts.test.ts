import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIdFor } from '../src/ledger/log-id.ts';
import {
  changshanAgency,
  openCaseBody,
  pingluoAgency,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { refusal } from './support/refusal.ts';
import { rows } from './support/rows.ts';
import {
  createAndSignIn,
  createTestApp,
  signInAdmin,
  type Client,
  type TestApp,
} from './support/test-app.ts';

/**
 * Issue 16, point 1: the agency's 权责清单 (versioned, kept by its head or administrator,
 * ledgered) and a case's 案件事实 checked against it — ranges, kinds, discretion levels,
 * withdrawn powers — with every refusal a problem+json naming the field, and nothing written.
 */

let testApp: TestApp;
let admin: Client;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;
/** 常山's system administrator (not the platform's). */
let agencyAdmin: Client;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  changshan = await changshanAgency(testApp, admin);
  pingluo = await pingluoAgency(testApp, admin);
  agencyAdmin = (
    await createAndSignIn(testApp, admin, {
      username: 'cs.admin',
      displayName: '常山管理员',
      agencyId: changshan.agencyId,
      roles: ['admin'],
    })
  ).client;
}, 300_000);
afterAll(() => testApp.close());

const powersUrl = (fixture: AgencyFixture) => `/api/v1/agencies/${fixture.agencyId}/powers`;

const STALLS = {
  code: 'CG-014',
  name: '对擅自占用城市道路摆摊设点的处罚',
  category: 'penalty',
  provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
  provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
  penaltyKinds: ['warning', 'fine'],
  fineMax: '500',
  levels: [
    { label: '轻微', circumstances: '首次违法且及时改正', otherMeasures: '责令改正，予以警告' },
    { label: '一般', circumstances: '经劝阻仍不改正', fineMin: '100', fineMax: '300' },
    { label: '严重', circumstances: '多次违法或造成不良影响', fineMin: '300', fineMax: '500' },
  ],
};

async function tableCounts() {
  const [counts] = await rows<{ powers: number; facts: number }>(
    testApp.database.db.execute(
      sql`select (select count(*)::int from power_versions) as powers, (select count(*)::int from case_facts_versions) as facts`,
    ),
  );
  return counts!;
}

async function ledgerActions() {
  await testApp.ledger.settle();
  return (await entriesOf(testApp.database.db, logIdFor(changshan.agencyId))).map((e) => e.action);
}

/** A refusal leaves both tables and the agency's ledger as they were. */
async function nothingWritten<T>(act: () => Promise<T>): Promise<T> {
  const before = { counts: await tableCounts(), ledger: (await ledgerActions()).length };
  const result = await act();
  expect(await tableCounts()).toEqual(before.counts);
  expect((await ledgerActions()).length).toBe(before.ledger);
  return result;
}

describe('the 权责清单', () => {
  let stallsId: string;

  it('is added to by the agency head or administrator, amounts in 元 read exactly', async () => {
    const created = await changshan.chief.client.post(powersUrl(changshan), STALLS);
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    stallsId = body.id;
    expect(body).toMatchObject({
      version: 1,
      withdrawn: false,
      code: 'CG-014',
      fineMin: null,
      fineMax: '500.00',
      createdByName: '周局长',
      levels: [
        { label: '轻微', fineMin: null, fineMax: null, otherMeasures: '责令改正，予以警告' },
        { label: '一般', fineMin: '100.00', fineMax: '300.00', otherMeasures: null },
        { label: '严重', fineMin: '300.00', fineMax: '500.00' },
      ],
    });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    const [stored] = await rows<{ fine_max: string }>(
      testApp.database.db.execute(
        sql`select fine_max::text from power_versions where power_id = ${stallsId}`,
      ),
    );
    expect(stored!.fine_max).toBe('50000');

    const byAdmin = await agencyAdmin.post(powersUrl(changshan), {
      name: '对未按规定设置户外广告设施的检查',
      category: 'inspection',
      provisionApplied: '《城市市容和环境卫生管理条例》第十一条',
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);

    const list = (await changshan.handler.client.get(powersUrl(changshan))).json();
    expect(list.items.map((item: { name: string }) => item.name)).toEqual([
      STALLS.name,
      '对未按规定设置户外广告设施的检查',
    ]);
    expect((await ledgerActions()).filter((a) => a === 'power.created')).toHaveLength(2);
  });

  it('refuses officers (403) and other agencies (404), writing nothing', async () => {
    await nothingWritten(async () => {
      expectProblem(
        await changshan.handler.client.post(powersUrl(changshan), STALLS),
        403,
        'forbidden',
      );
      expectProblem(
        await changshan.legal.client.post(powersUrl(changshan), STALLS),
        403,
        'forbidden',
      );
      expect((await pingluo.chief.client.post(powersUrl(changshan), STALLS)).statusCode).toBe(404);
      expect((await pingluo.chief.client.get(powersUrl(changshan))).statusCode).toBe(404);
      expectProblem(
        await changshan.handler.client.post(`${powersUrl(changshan)}/${stallsId}/withdraw`, {
          expectedVersion: 1,
          reason: '职能划转',
        }),
        403,
        'forbidden',
      );
    });
  });

  it('names every field it refuses, and writes nothing', async () => {
    const invalid = await nothingWritten(() =>
      changshan.chief.client.post(powersUrl(changshan), {
        ...STALLS,
        code: 'CG-099',
        name: ' ',
        fineMax: 500,
        levels: [{ label: '', circumstances: '情形', fineMin: '1e3' }],
      }),
    );
    const problem = expectProblem(invalid, 400, 'validation-failed');
    expect(problem.invalidParams.map((p) => p.name).sort()).toEqual([
      'body.fineMax',
      'body.levels.0.fineMin',
      'body.levels.0.label',
      'body.name',
    ]);

    const incoherent = await nothingWritten(() =>
      changshan.chief.client.post(powersUrl(changshan), {
        ...STALLS,
        provisionViolated: '',
        fineMin: '600',
        levels: [
          { label: '一般', circumstances: '甲', fineMin: '100', fineMax: '900' },
          { label: '一般', circumstances: '乙' },
        ],
      }),
    );
    expect(expectProblem(incoherent, 400, 'validation-failed').invalidParams).toEqual([
      { name: 'body.provisionViolated', reason: '请填写违法依据，如《某某条例》第十四条' },
      { name: 'body.fineMin', reason: '罚款下限不能高于上限' },
      { name: 'body.levels.1.label', reason: '档次名称“一般”与第 1 档重复，每档名称应不同' },
      { name: 'body.code', reason: `事项编码“CG-014”已用于“${STALLS.name}”` },
    ]);
  });

  it('is edited into a new version, stale edits refused, the old version kept', async () => {
    const url = `${powersUrl(changshan)}/${stallsId}`;
    const edited = {
      ...STALLS,
      fineMax: '1000',
      levels: [...STALLS.levels.slice(0, 2), { ...STALLS.levels[2], fineMax: '1000' }],
    };
    const saved = await changshan.chief.client.put(url, {
      ...edited,
      expectedVersion: 1,
      note: '条例修订，罚款上限提高',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      fineMax: '1000.00',
      note: '条例修订，罚款上限提高',
    });

    await nothingWritten(async () => {
      expectProblem(
        await changshan.chief.client.put(url, { ...edited, expectedVersion: 1 }),
        409,
        'power-version-stale',
      );
      expectProblem(
        await changshan.chief.client.put(url, { ...edited, expectedVersion: 2 }),
        409,
        'power-unchanged',
      );
      expectProblem(
        await changshan.handler.client.put(url, { ...edited, expectedVersion: 2 }),
        403,
        'forbidden',
      );
      expect(
        (await pingluo.chief.client.put(url, { ...edited, expectedVersion: 2 })).statusCode,
      ).toBe(404);
    });

    const history = (await changshan.handler.client.get(url)).json();
    expect(
      history.versions.map((v: { version: number; fineMax: string }) => [v.version, v.fineMax]),
    ).toEqual([
      [2, '1000.00'],
      [1, '500.00'],
    ]);
    expect(
      await refusal(
        testApp,
        sql`update power_versions set fine_max = 1 where power_id = ${stallsId}`,
      ),
    ).toMatch(/append-only: UPDATE refused/);
    expect(
      await refusal(testApp, sql`delete from power_versions where power_id = ${stallsId}`),
    ).toMatch(/append-only: DELETE refused/);
    expect(await ledgerActions()).toContain('power.revised');
  });
});

describe('案件事实', () => {
  let stalls: { id: string; version: number };
  let signs: { id: string; version: number };
  let caseId: string;
  const factsUrl = () => `/api/v1/cases/${caseId}/facts`;

  beforeAll(async () => {
    const list = (await changshan.chief.client.get(powersUrl(changshan))).json().items as {
      id: string;
      version: number;
      name: string;
    }[];
    stalls = list.find((p) => p.name === STALLS.name)!;
    const created = await changshan.chief.client.post(powersUrl(changshan), {
      name: '对擅自设置大型户外广告的处罚',
      category: 'penalty',
      provisionViolated: '《城市市容和环境卫生管理条例》第十一条',
      provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
      penaltyKinds: ['fine', 'confiscate_illegal_property'],
      fineMin: '1000',
      fineMax: '10000',
    });
    expect(created.statusCode, created.body).toBe(201);
    signs = created.json();
    const opened = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, { name: '王五擅自占用城市道路摆摊设点案' }),
    );
    expect(opened.statusCode, opened.body).toBe(201);
    caseId = opened.json().id;
  });

  const facts = (overrides: Record<string, unknown> = {}) => ({
    expectedVersion: 0,
    facts: '2026年11月3日，当事人在人民路人行道摆摊销售水果，经执法人员劝阻仍不改正。',
    evidence: ['现场检查笔录', '现场照片三张', '询问笔录'],
    violations: [
      {
        powerId: stalls.id,
        powerVersion: stalls.version,
        conduct: '擅自占用城市道路摆摊设点',
        discretionLevel: '一般',
      },
    ],
    penalties: [{ kind: 'fine', amount: '200.00' }],
    ...overrides,
  });

  it("is empty before the first save, and readable by the case's readers only", async () => {
    const empty = await changshan.handler.client.get(factsUrl());
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json()).toEqual({ current: null, history: [], powers: [] });
    expect((await pingluo.handler.client.get(factsUrl())).statusCode).toBe(404);
  });

  it("is saved by the case's officers, with the statutory 15 days for a fine, and ledgered", async () => {
    const saved = await changshan.handler.client.put(factsUrl(), facts());
    expect(saved.statusCode, saved.body).toBe(200);
    const body = saved.json();
    expect(body.current).toMatchObject({
      version: 1,
      penalties: [{ kind: 'fine', amount: '200.00', description: null }],
      performanceDays: 15,
      violations: [
        { powerId: stalls.id, powerVersion: 2, discretionLevel: '一般', discretionReason: null },
      ],
      createdByName: '张三',
    });
    expect(body.powers).toMatchObject([{ id: stalls.id, version: 2, fineMax: '1000.00' }]);
    await testApp.ledger.settle();
    const entry = (await entriesOf(testApp.database.db, logIdFor(changshan.agencyId))).find(
      (e) => e.action === 'case_facts.saved',
    );
    expect(entry).toMatchObject({
      target: { type: 'case', id: caseId },
      data: {
        caseId,
        version: 1,
        powers: [{ powerId: stalls.id, version: 2 }],
        penaltyKinds: ['fine'],
      },
    });
    expect((entry as unknown as { hashes: { hex: string }[] }).hashes[0]!.hex).toBe(
      body.current.sha256,
    );
  });

  it('refuses stale versions (409), non-workers (403) and outsiders (404), writing nothing', async () => {
    await nothingWritten(async () => {
      expectProblem(
        await changshan.handler.client.put(factsUrl(), facts()),
        409,
        'case-facts-version-stale',
      );
      expectProblem(
        await changshan.legal.client.put(factsUrl(), facts({ expectedVersion: 1 })),
        403,
        'forbidden',
      );
      expect(
        (await pingluo.handler.client.put(factsUrl(), facts({ expectedVersion: 1 }))).statusCode,
      ).toBe(404);
    });
  });

  it('names every field the checks refuse, and writes nothing', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      // The shape: blank facts, a float amount, a bad kind, a fractional day count.
      [
        {
          facts: ' ',
          penalties: [{ kind: 'fine', amount: 200.5 }, { kind: 'flogging' }],
          performanceDays: 1.5,
        },
        ['body.facts', 'body.penalties.0.amount', 'body.penalties.1.kind', 'body.performanceDays'],
      ],
      // A fine above the statutory maximum; a fine outside the level without a reason.
      [
        { penalties: [{ kind: 'fine', amount: '1000.01' }] },
        ['body.penalties.0.amount', 'body.violations.0.discretionReason'],
      ],
      [{ penalties: [{ kind: 'fine', amount: '400' }] }, ['body.violations.0.discretionReason']],
      // A kind the power does not allow; an amount on a warning; no amount on a fine.
      [
        {
          penalties: [
            { kind: 'revoke_permit' },
            { kind: 'warning', amount: '10' },
            { kind: 'confiscate_illegal_gains' },
          ],
        },
        [
          'body.penalties.0.kind',
          'body.penalties.1.amount',
          'body.penalties.2.amount',
          'body.penalties.2.kind',
        ],
      ],
      // Penalties without any violation; a power of another agency or unknown version.
      [{ violations: [] }, ['body.violations']],
      [
        { violations: [{ powerId: stalls.id, powerVersion: 9, conduct: '摆摊' }], penalties: [] },
        ['body.violations.0.powerId'],
      ],
      // The superseded version 1 of a power, as a new choice.
      [
        { violations: [{ powerId: stalls.id, powerVersion: 1, conduct: '摆摊' }], penalties: [] },
        ['body.violations.0.powerId'],
      ],
      [
        {
          violations: [
            { powerId: stalls.id, powerVersion: 2, conduct: '摆摊', discretionLevel: '特别严重' },
          ],
        },
        ['body.violations.0.discretionLevel'],
      ],
    ];
    for (const [overrides, names] of cases) {
      const response = await nothingWritten(() =>
        changshan.handler.client.put(factsUrl(), facts({ expectedVersion: 1, ...overrides })),
      );
      const problem = expectProblem(response, 400, 'validation-failed');
      expect(problem.invalidParams.map((p) => p.name).sort(), JSON.stringify(overrides)).toEqual(
        [...names].sort(),
      );
      expect(problem.invalidParams.every((p) => /\p{Script=Han}/u.test(p.reason))).toBe(true);
    }
  });

  it('keeps its chosen version when the power is edited or withdrawn; new choices cannot take a withdrawn power', async () => {
    const second = await changshan.handler.client.put(
      factsUrl(),
      facts({
        expectedVersion: 1,
        violations: [
          {
            powerId: stalls.id,
            powerVersion: 2,
            conduct: '擅自占用城市道路摆摊设点',
            discretionLevel: '一般',
            discretionReason: '当事人拒不配合调查，从重处罚',
          },
          { powerId: signs.id, powerVersion: 1, conduct: '擅自设置户外广告牌' },
        ],
        penalties: [
          { kind: 'fine', amount: '1,500' },
          { kind: 'confiscate_illegal_property', description: '广告牌一块' },
        ],
        performanceDays: 30,
        mitigation: null,
      }),
    );
    expect(second.statusCode, second.body).toBe(200);
    expect(second.json().history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(second.json().current.performanceDays).toBe(30);

    const withdrawn = await changshan.chief.client.post(
      `${powersUrl(changshan)}/${signs.id}/withdraw`,
      {
        expectedVersion: 1,
        reason: '该事项已划转至市场监管部门',
      },
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    expect(withdrawn.json()).toMatchObject({
      version: 2,
      withdrawn: true,
      note: '该事项已划转至市场监管部门',
    });
    await testApp.ledger.settle();
    const entry = (await entriesOf(testApp.database.db, logIdFor(changshan.agencyId))).find(
      (e) => e.action === 'power.withdrawn',
    ) as unknown as { target: unknown; data: unknown; hashes: { hex: string }[] };
    expect(entry).toMatchObject({
      target: { type: 'power', id: signs.id },
      data: { powerId: signs.id, version: 2, reason: '该事项已划转至市场监管部门' },
    });
    expect(entry.hashes[0]!.hex).toBe(withdrawn.json().sha256);
    expectProblem(
      await changshan.chief.client.post(`${powersUrl(changshan)}/${signs.id}/withdraw`, {
        expectedVersion: 2,
        reason: '再次',
      }),
      409,
      'power-already-withdrawn',
    );

    // The case named version 1 before the withdrawal: it may keep it.
    const keptBody = facts({
      expectedVersion: 2,
      violations: [
        {
          powerId: stalls.id,
          powerVersion: 2,
          conduct: '擅自占用城市道路摆摊设点',
          discretionLevel: '一般',
          discretionReason: '当事人拒不配合调查，从重处罚',
        },
        { powerId: signs.id, powerVersion: 1, conduct: '擅自设置户外广告牌（大型）' },
      ],
      penalties: [
        { kind: 'fine', amount: '1500' },
        { kind: 'confiscate_illegal_property', description: '广告牌一块' },
      ],
    });
    const kept = await changshan.handler.client.put(factsUrl(), keptBody);
    expect(kept.statusCode, kept.body).toBe(200);
    expect(kept.json().current).toMatchObject({ version: 3, performanceDays: 15 });
    expect(
      kept
        .json()
        .powers.map(
          (p: { id: string; version: number }) =>
            `${p.id === signs.id ? 'signs' : 'stalls'}:${p.version}`,
        )
        .sort(),
    ).toEqual(['signs:1', 'stalls:2']);

    // Another case cannot choose it, in either version.
    const other = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, { name: '某广告公司擅自设置户外广告案' }),
    );
    for (const powerVersion of [1, 2]) {
      const refused = await nothingWritten(() =>
        changshan.handler.client.put(`/api/v1/cases/${other.json().id}/facts`, {
          ...keptBody,
          expectedVersion: 0,
          violations: [{ powerId: signs.id, powerVersion, conduct: '擅自设置户外广告牌' }],
          penalties: [{ kind: 'fine', amount: '1500' }],
        }),
      );
      expect(expectProblem(refused, 400, 'validation-failed').invalidParams).toEqual([
        {
          name: 'body.violations.0.powerId',
          reason: '“对擅自设置大型户外广告的处罚”已停用，不能选用',
        },
      ]);
    }
  });

  it('is refused on a case closed in error or archived (409)', async () => {
    const opened = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, { name: '误立的案件' }),
    );
    const id = opened.json().id as string;
    const closed = await changshan.head.client.post(`/api/v1/cases/${id}/close-in-error`, {
      reason: '当事人信息登记错误',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const body = facts({ violations: [], penalties: [] });
    await nothingWritten(async () => {
      expectProblem(
        await changshan.handler.client.put(`/api/v1/cases/${id}/facts`, body),
        409,
        'case-closed-in-error',
      );
    });
    // Walking a case to 归档 takes its whole procedure (agency-walks.test.ts); the stage is
    // what the check reads, so it is set here directly.
    const archivedCase = await changshan.handler.client.post(
      '/api/v1/cases',
      openCaseBody(changshan, { name: '已归档的案件' }),
    );
    const archivedId = archivedCase.json().id as string;
    await testApp.database.db.execute(
      sql`update cases set stage = 'archived' where id = ${archivedId}`,
    );
    await nothingWritten(async () => {
      expectProblem(
        await changshan.handler.client.put(`/api/v1/cases/${archivedId}/facts`, body),
        409,
        'case-archived',
      );
    });
    expect(await refusal(testApp, sql`update case_facts_versions set sha256 = 'x'`)).toMatch(
      /append-only: UPDATE refused/,
    );
  });
});
