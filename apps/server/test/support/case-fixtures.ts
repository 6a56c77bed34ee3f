import { DEMO_AGENCIES } from '../../src/demo/demo-agencies.ts';
import type { Client, TestApp } from './test-app.ts';
import { createAndSignIn } from './test-app.ts';

export const PERSON = {
  kind: 'natural_person',
  name: '王五',
  residentId: '11010519491231002X',
} as const;

export const COMPANY = {
  kind: 'organisation',
  name: '常山县某某贸易有限公司',
  creditCode: '91350100M000100Y43',
  legalRepresentative: '赵六',
} as const;

export interface AgencyFixture {
  readonly agencyId: string;
  readonly departmentId: string;
  readonly handler: { client: Client; id: string };
  readonly assistant: { client: Client; id: string };
  readonly head: { client: Client; id: string };
  readonly chief: { client: Client; id: string };
  readonly legal: { client: Client; id: string };
}

/** An agency under `profileId` with a department, two officers and the department's head. */
export async function agencyWithOfficers(
  testApp: TestApp,
  admin: Client,
  options: { name: string; code: string; profileId?: string; prefix: string },
): Promise<AgencyFixture> {
  const agency = (
    await admin.post('/api/v1/agencies', { name: options.name, code: options.code })
  ).json();
  const department = (
    await admin.post(`/api/v1/agencies/${agency.id}/departments`, { name: '执法一中队' })
  ).json();
  if (options.profileId !== undefined) {
    const set = await admin.put(`/api/v1/agencies/${agency.id}/profile`, {
      profileId: options.profileId,
    });
    if (set.statusCode !== 200) throw new Error(`set profile failed: ${set.body}`);
  }
  const member = (username: string, displayName: string, roles: string[], certificate?: string) =>
    createAndSignIn(testApp, admin, {
      username: `${options.prefix}.${username}`,
      displayName,
      agencyId: agency.id,
      departmentId: department.id,
      roles,
      ...(certificate === undefined
        ? {}
        : { certificateNumber: `${options.prefix}-${certificate}` }),
    });
  return {
    agencyId: agency.id,
    departmentId: department.id,
    handler: await member('zhang', '张三', ['officer'], '001'),
    assistant: await member('li', '李四', ['officer'], '002'),
    head: await member('chen', '陈队长', ['department_head']),
    chief: await member('zhou', '周局长', ['agency_head']),
    legal: await member('wu', '吴法制', ['legal_reviewer']),
  };
}

export function openCaseBody(fixture: AgencyFixture, overrides: Record<string, unknown> = {}) {
  return {
    name: '某某贸易有限公司未按规定设置店招案',
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'ex_officio',
    departmentId: fixture.departmentId,
    parties: [COMPANY],
    officers: [
      { userId: fixture.handler.id, role: 'handler' },
      { userId: fixture.assistant.id, role: 'assisting' },
    ],
    ...overrides,
  };
}

/** The same complete records the demo makes, so tests and demo exercise one data set. */
export { DEMO_RECORDS as RECORDS } from '../../src/demo/demo-records.ts';
import { DEMO_RECORDS as RECORDS } from '../../src/demo/demo-records.ts';

async function created(response: { statusCode: number; body: string; json(): unknown }) {
  if (response.statusCode !== 201 && response.statusCode !== 200) {
    throw new Error(`expected success, got ${response.statusCode}: ${response.body}`);
  }
  return response.json() as { id: string; version: number };
}

export async function addRecord(client: Client, caseId: string, body: object) {
  return created(await client.post(`/api/v1/cases/${caseId}/records`, body as never));
}

interface PendingRequest {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  readonly currentStep: number;
  readonly steps: readonly { readonly roles: readonly string[] }[];
}

/** The fixture's person for a step: the first role it names that someone of the fixture holds. */
export function stepActor(fixture: AgencyFixture, roles: readonly string[]) {
  const byRole: Record<string, { client: Client; id: string }> = {
    department_head: fixture.head,
    agency_head: fixture.chief,
    legal_reviewer: fixture.legal,
  };
  const role = roles.find((r) => byRole[r] !== undefined);
  if (role === undefined) throw new Error(`no one of the fixture holds ${roles.join('/')}`);
  return byRole[role]!;
}

/** Approves every step of a request in turn, each by the person the step asks for. */
export async function approveAllSteps(fixture: AgencyFixture, request: PendingRequest) {
  let current = request;
  while (current.status === 'pending') {
    const step = current.steps[current.currentStep]!;
    current = (await created(
      await stepActor(fixture, step.roles).client.post(`/api/v1/approvals/${current.id}/actions`, {
        action: 'approve',
        expectedVersion: current.version,
        comment: '同意',
        suggestions: '建议依法办理',
      }),
    )) as unknown as PendingRequest;
  }
  return current;
}

/** Launch approval form made, submitted by the handler and approved by its chain. */
export async function fileCase(fixture: AgencyFixture, caseId: string, madeAt?: string) {
  const { handler } = fixture;
  // `madeAt`: the app's time where its clock is not the real one (createTestApp clockStartsAt).
  const at = madeAt === undefined ? {} : { madeAt };
  await addRecord(handler.client, caseId, { ...RECORDS.caseSource(), ...at });
  const form = await addRecord(handler.client, caseId, { ...RECORDS.launchForm(), ...at });
  const request = await created(
    await handler.client.post(`/api/v1/cases/${caseId}/approvals`, {
      kind: 'launch',
      recordId: form.id,
    }),
  );
  await approveAllSteps(fixture, request as unknown as PendingRequest);
  await created(
    await handler.client.post(`/api/v1/cases/${caseId}/transitions`, { transition: 'file' }),
  );
}

/** One agency under each regulation, as the tests name them: its people are agencyWithOfficers'. */
const SEED_AGENCIES = {
  '000': { name: '冠县柳林镇人民政府', code: '柳林', prefix: 'll' },
  '001': { name: '平罗县退役军人事务局', code: '平退役', prefix: 'pl' },
  '002': { name: '长治市民族宗教事务局', code: '长民宗', prefix: 'cz' },
  '003': { name: '德宏州某执法局', code: '德执', prefix: 'dh' },
  '004': { name: '常山县综合行政执法局', code: '常综执', prefix: 'cs' },
} as const;

/** The agency of a test app that works under the built-in profile of `seed`. */
export function seedAgency(
  testApp: TestApp,
  admin: Client,
  seed: keyof typeof SEED_AGENCIES,
): Promise<AgencyFixture> {
  return agencyWithOfficers(testApp, admin, { ...SEED_AGENCIES[seed], profileId: `seed-${seed}` });
}

/** The agency most tests work in: 常山县综合行政执法局 under seed 004. */
export function changshanAgency(testApp: TestApp, admin: Client): Promise<AgencyFixture> {
  return seedAgency(testApp, admin, '004');
}

/** The other agency, for what must not cross agencies: 平罗县退役军人事务局 under seed 001. */
export function pingluoAgency(testApp: TestApp, admin: Client): Promise<AgencyFixture> {
  return seedAgency(testApp, admin, '001');
}

/**
 * The demo agency of a built-in profile (src/demo/demo-agencies.ts): its name, code and
 * profile as `npm run demo` sets them, with the fixture's people.
 */
export function demoAgency(
  testApp: TestApp,
  admin: Client,
  profileId: string,
): Promise<AgencyFixture> {
  const demo = DEMO_AGENCIES.find((agency) => agency.profileId === profileId);
  if (demo === undefined) throw new Error(`no demo agency follows ${profileId}`);
  const { name, code, prefix } = demo;
  return agencyWithOfficers(testApp, admin, { name, code, profileId, prefix });
}

/** A new agency left on the profile every new agency gets: the national baseline. */
export function baselineAgency(testApp: TestApp, admin: Client): Promise<AgencyFixture> {
  return agencyWithOfficers(testApp, admin, {
    name: '某县新设行政执法机关',
    code: '某执',
    prefix: 'nb',
  });
}

/** A signed inquiry transcript (询问笔录) with every field its type requires. */
export function inquiryTranscript(at = new Date().toISOString()) {
  return {
    type: 'inquiry_transcript',
    madeAt: at,
    fields: {
      officers: ['张三', '李四'],
      certificateNumbers: ['cs-001', 'cs-002'],
      certificateShown: '已出示执法证件',
      intervieweeInformation: '赵六，常山县某某贸易有限公司法定代表人',
      inquiredAt: at,
      place: '常山县天马街道某某路 8 号',
      content: '问：店招是否经审批？答：没有。',
    },
    signature: { kind: 'signed', signers: ['赵六'], at },
  };
}

/** A finding as GET /cases/{id}/findings lists it. */
export interface CaseFinding {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly subjectId?: string;
  readonly citations: readonly Record<string, unknown>[];
}

/** The case's findings, or those of one rule, with the advice of other regulations too. */
export async function caseFindings(
  client: Client,
  caseId: string,
  ruleId?: string,
): Promise<CaseFinding[]> {
  const response = await client.get(`/api/v1/cases/${caseId}/findings?include=advice`);
  if (response.statusCode !== 200) {
    throw new Error(`findings of ${caseId}: ${response.statusCode} ${response.body}`);
  }
  const items = response.json().items as CaseFinding[];
  return ruleId === undefined ? items : items.filter((finding) => finding.ruleId === ruleId);
}
