import { expect } from 'vitest';
import {
  changshanAgency,
  openCaseBody,
  pingluoAgency,
  type AgencyFixture,
} from './case-fixtures.ts';
import {
  createAndSignIn,
  createTestApp,
  signInAdmin,
  type Client,
  type TestApp,
} from './test-app.ts';

/** The people issue 14's hole tests act as, on one open case of 常山. */
export interface HolesWorld {
  readonly testApp: TestApp;
  readonly admin: Client;
  readonly changshan: AgencyFixture;
  readonly pingluo: AgencyFixture;
  /** 常山's own administrator (role `admin` only). */
  readonly agencyAdmin: { client: Client; id: string };
  /** A supervisor assigned to 常山 alone. */
  readonly supervisor: { client: Client; id: string };
  /** An officer of the case's department who is not on the case. */
  readonly colleague: { client: Client; id: string };
  readonly caseId: string;
}

export async function holesWorld(): Promise<HolesWorld> {
  const testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  const changshan = await changshanAgency(testApp, admin);
  const pingluo = await pingluoAgency(testApp, admin);
  const agencyAdmin = await createAndSignIn(testApp, admin, {
    username: 'cs.admin',
    displayName: '常山管理员',
    agencyId: changshan.agencyId,
    roles: ['admin'],
  });
  const supervisor = await createAndSignIn(testApp, admin, {
    username: 'sfj.jian',
    displayName: '司法局简监督',
    agencyId: null,
    roles: ['supervisor'],
  });
  const assigned = await admin.put(`/api/v1/users/${supervisor.id}/supervised-agencies`, {
    agencyIds: [changshan.agencyId],
  });
  expect(assigned.statusCode).toBe(200);
  const colleague = await createAndSignIn(testApp, admin, {
    username: 'cs.wang',
    displayName: '王五',
    agencyId: changshan.agencyId,
    departmentId: changshan.departmentId,
    roles: ['officer'],
    certificateNumber: 'cs-0003',
  });
  const opened = await changshan.handler.client.post('/api/v1/cases', openCaseBody(changshan));
  expect(opened.statusCode, opened.body).toBe(201);
  const caseId = opened.json().id as string;
  await testApp.ledger.settle();
  return { testApp, admin, changshan, pingluo, agencyAdmin, supervisor, colleague, caseId };
}
