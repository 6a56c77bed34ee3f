import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { makeSampleVideo } from '../../src/media/make-sample-video.ts';
import {
  addRecord,
  changshanAgency,
  openCaseBody,
  pingluoAgency,
  RECORDS,
  type AgencyFixture,
} from './case-fixtures.ts';
import { inspectionVideoBody, storeEvidence } from './evidence-fixtures.ts';
import {
  createAndSignIn,
  createTestApp,
  signInAdmin,
  type Client,
  type TestApp,
} from './test-app.ts';

/**
 * The people of the issue-7 access tests (每个角色: own department, another department,
 * another agency, supervisors of the agency and of another) and one case of 常山 with a
 * text record and a recording.
 */
export interface AccessWorld {
  readonly testApp: TestApp;
  readonly admin: Client;
  readonly changshan: AgencyFixture;
  readonly pingluo: AgencyFixture;
  readonly people: Record<string, { client: Client; id: string }>;
  readonly caseId: string;
  readonly recordId: string;
  readonly avRecordId: string;
  close(): Promise<void>;
}

const HOUR = 3_600_000;

export async function accessWorld(): Promise<AccessWorld> {
  const testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  const changshan = await changshanAgency(testApp, admin);
  const pingluo = await pingluoAgency(testApp, admin);
  const secondDepartment = (
    await admin.post(`/api/v1/agencies/${changshan.agencyId}/departments`, { name: '执法二中队' })
  ).json();
  const member = (username: string, displayName: string, roles: string[], extra = {}) =>
    createAndSignIn(testApp, admin, {
      username,
      displayName,
      roles,
      agencyId: changshan.agencyId,
      ...extra,
    });
  const people: Record<string, { client: Client; id: string }> = {
    handler: changshan.handler,
    assistant: changshan.assistant,
    head: changshan.head,
    chief: changshan.chief,
    legal: changshan.legal,
    colleague: await member('cs.wang', '王五', ['officer'], {
      departmentId: changshan.departmentId,
      certificateNumber: 'cs-003',
    }),
    otherOfficer: await member('cs.zhao', '赵六', ['officer'], {
      departmentId: secondDepartment.id,
      certificateNumber: 'cs-004',
    }),
    otherHead: await member('cs.sun', '孙队长', ['department_head'], {
      departmentId: secondDepartment.id,
    }),
    archivist: await member('cs.qian', '钱档案', ['archivist']),
    otherAgencyChief: pingluo.chief,
    otherAgencyOfficer: pingluo.handler,
    supervisor: await createAndSignIn(testApp, admin, {
      username: 'sfj.li',
      displayName: '李监督',
      roles: ['supervisor'],
      agencyId: null,
    }),
    otherSupervisor: await createAndSignIn(testApp, admin, {
      username: 'sfj.he',
      displayName: '何监督',
      roles: ['supervisor'],
      agencyId: null,
    }),
  };
  expect(
    (
      await admin.put(`/api/v1/users/${people.supervisor!.id}/supervised-agencies`, {
        agencyIds: [changshan.agencyId],
      })
    ).statusCode,
  ).toBe(200);
  await admin.put(`/api/v1/users/${people.otherSupervisor!.id}/supervised-agencies`, {
    agencyIds: [pingluo.agencyId],
  });

  const opened = await changshan.handler.client.post('/api/v1/cases', openCaseBody(changshan));
  const caseId = opened.json().id as string;
  const recordId = (await addRecord(changshan.handler.client, caseId, RECORDS.caseSource())).id;
  const workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-access-'));
  const { bytes } = await makeSampleVideo({
    directory: workDir,
    seconds: 1,
    capturedAt: new Date(Date.now() - HOUR),
  });
  const objectId = await storeEvidence(changshan.handler.client, {
    bytes,
    fileName: 'DSJ_0001.MP4',
    mediaType: 'video/mp4',
  });
  const av = await changshan.handler.client.post(
    `/api/v1/cases/${caseId}/av-records`,
    inspectionVideoBody(objectId),
  );
  expect(av.statusCode, av.body).toBe(201);
  const avRecordId = av.json().id as string;
  return {
    testApp,
    admin,
    changshan,
    pingluo,
    people,
    caseId,
    recordId,
    avRecordId,
    async close() {
      await testApp.close();
      await rm(workDir, { recursive: true, force: true });
    },
  };
}
