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
