import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { mediaToolsAvailable } from '../../src/copies/test-support/media-fixtures.ts';
import { makeSamplePdf } from '../../src/copies/test-support/sample-pdf.ts';
import { makeSampleVideo } from '../../src/media/make-sample-video.ts';
import { signaturePng } from '../../src/media/test-support/make-png.ts';
import {
  addRecord,
  openCaseBody,
  RECORDS,
  changshanAgency,
  pingluoAgency,
} from './case-fixtures.ts';
import { inspectionVideoBody, storeEvidence } from './evidence-fixtures.ts';
import { createAndSignIn, signInAdmin, type Client, type TestApp } from './test-app.ts';
import type { RoleKey } from './route-matrix-roles.ts';

/**
 * The world the route authorization matrix runs in, built once through the API: agency A
 * (常山) with two departments and every role, agency B (平罗) with an officer and its
 * administrator, two supervisors, and in A one case of department 1 holding one of each kind
 * of material. Every id the matrix sends is a real resource of this world.
 */

const HOUR = 3_600_000;
/**
 * Without ffmpeg the recordings are bytes the server cannot decode: no poster, no marked copy
 * (503 copy-not-possible after the gate). The matrix tells those answers from the gate's.
 */
export const MEDIA_TOOLS = mediaToolsAvailable('route-authorization-matrix');
const iso = (ms: number) => new Date(ms).toISOString();

export interface World {
  readonly testApp: TestApp;
  readonly clients: Readonly<Record<RoleKey, Client>>;
  /** Each role's own account. */
  readonly userIds: Readonly<Record<RoleKey, string>>;
  readonly agencyId: string;
  readonly otherAgencyId: string;
  readonly departmentId: string;
  readonly handler: { client: Client; id: string };
  readonly ids: {
    readonly case: string;
    readonly record: string;
    readonly launchForm: string;
    readonly approval: string;
    readonly approvalVersion: number;
    readonly avRecord: string;
    readonly evidenceObject: string;
    readonly attachment: string;
    /** The officers' signature on the record (issue 16). */
    readonly signature: string;
    /** A stored PDF, attached once already. */
    readonly scan: string;
    readonly bodyCamera: string;
    readonly importedFile: string;
    /** A docked file on no case: the agency's inbox. */
    readonly inboxFile: string;
    /** Another file on the case, for refused dismissals (a dismissal let through is for good). */
    readonly dismissalTarget: string;
    /** An incident (事件) of agency A, and a docked file placed on it. */
    readonly incident: string;
    readonly incidentFile: string;
    /** A 权责清单事项 of agency A (issue 16). */
    readonly power: string;
    /** An issued document (the record above, issued) and its verification code (issue 16). */
    readonly document: string;
    readonly documentCode: string;
    /** An electronic service of that document, and its link's token. */
    readonly delivery: string;
    readonly deliveryToken: string;
    readonly upload: string;
    readonly accessRequest: string;
    readonly user: string;
    readonly supervisor: string;
    readonly savedView: string;
    readonly agencyLog: string;
    readonly platformLog: string;
  };
  /**
   * Files placed on the case, one for each allowed dismissal or move onto an incident (each is
   * for good as far as the shared file is concerned).
   */
  readonly spareImportedFiles: string[];
  /** A case of department 1 the handler is on, fresh: for acts that change it for good. */
  freshCase(name: string): Promise<string>;
  /** A launch approval waiting for the department head, on a fresh case. */
  freshApproval(): Promise<{ id: string; version: number }>;
  /** An upload of the handler's, receiving, nothing sent yet. */
  freshUpload(): Promise<string>;
  /** A saved view of the handler's. */
  freshSavedView(name: string): Promise<string>;
  close(): Promise<void>;
}

const metadataHeader = (pairs: Record<string, string>) =>
  Object.entries(pairs)
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');

/** A tus creation, no bytes sent: an upload in progress. */
async function startUpload(client: Client, name: string): Promise<string> {
  const created = await client.app.inject({
    method: 'POST',
    url: '/api/v1/uploads',
    headers: {
      cookie: client.cookie!,
      'x-csrf-token': client.csrfToken!,
      'tus-resumable': '1.0.0',
      'upload-length': '16',
      'upload-metadata': metadataHeader({
        filename: name,
        filetype: 'video/mp4',
        sha256: createHash('sha256').update(Buffer.alloc(16, 7)).digest('hex'),
      }),
    },
  });
  if (created.statusCode !== 201) throw new Error(`upload creation failed: ${created.body}`);
  return (created.headers.location as string).split('/').pop()!;
}

function ok<T = { id: string }>(response: { statusCode: number; body: string; json(): unknown }) {
  if (response.statusCode < 200 || response.statusCode >= 300) {
    throw new Error(`fixture step failed with ${response.statusCode}: ${response.body}`);
  }
  return response.json() as T;
}

export async function buildWorld(testApp: TestApp): Promise<World> {
  const admin = await signInAdmin(testApp);
  const platformAdminId = (await admin.get('/api/v1/auth/session')).json().user.id as string;
  const a = await changshanAgency(testApp, admin);
  const b = await pingluoAgency(testApp, admin);
  // A works under its own copy of seed 004 (version 1), so its profile routes have a subject.
  ok(
    await a.chief.client.post(`/api/v1/agencies/${a.agencyId}/own-profile`, {
      basedOn: 'seed-004',
    }),
  );
  // Its head has made the list public (003 第十八条), so the public page has one to show.
  ok(
    await a.chief.client.post(`/api/v1/agencies/${a.agencyId}/av-item-list/publications`, {
      expectedVersion: 1,
    }),
  );
  const secondDepartment = ok(
    await admin.post(`/api/v1/agencies/${a.agencyId}/departments`, { name: '执法二中队' }),
  );
  const person = (user: Record<string, unknown> & { username: string }) =>
    createAndSignIn(testApp, admin, user);
  const inA = (username: string, displayName: string, roles: string[], extra = {}) =>
    person({ username, displayName, roles, agencyId: a.agencyId, ...extra });
  const colleague = await inA('cs.wang', '王五', ['officer'], {
    departmentId: a.departmentId,
    certificateNumber: 'cs-003',
  });
  const otherOfficer = await inA('cs.zhao', '赵六', ['officer'], {
    departmentId: secondDepartment.id,
    certificateNumber: 'cs-004',
  });
  const otherHead = await inA('cs.sun', '孙队长', ['department_head'], {
    departmentId: secondDepartment.id,
  });
  const archivist = await inA('cs.qian', '钱档案', ['archivist']);
  const agencyAdmin = await inA('cs.guan', '管理员甲', ['admin']);
  // Not a role of the matrix: the one who asks for access, and the account the
  // administrators' routes act on, so that neither changes what a role under test may do.
  const requester = await inA('cs.tian', '田七', ['officer'], {
    departmentId: secondDepartment.id,
    certificateNumber: 'cs-005',
  });
  const target = await inA('cs.ba', '靶子', ['officer'], {
    departmentId: a.departmentId,
    certificateNumber: 'cs-006',
  });
  const otherAgencyAdmin = await person({
    username: 'pl.guan',
    displayName: '管理员乙',
    roles: ['admin'],
    agencyId: b.agencyId,
  });
  const supervisor = await person({
    username: 'sfj.li',
    displayName: '李监督',
    roles: ['supervisor'],
    agencyId: null,
  });
  const otherSupervisor = await person({
    username: 'sfj.he',
    displayName: '何监督',
    roles: ['supervisor'],
    agencyId: null,
  });
  ok(
    await admin.put(`/api/v1/users/${supervisor.id}/supervised-agencies`, {
      agencyIds: [a.agencyId],
    }),
  );
  ok(
    await admin.put(`/api/v1/users/${otherSupervisor.id}/supervised-agencies`, {
      agencyIds: [b.agencyId],
    }),
  );

  const handler = a.handler.client;
  const workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-route-matrix-'));
  let clip = 0;
  const video = async (capturedAt: Date) => {
    clip += 1;
    if (!MEDIA_TOOLS)
      return Buffer.concat([Buffer.from(`not a real recording ${clip} `), randomBytes(4096)]);
    const { bytes } = await makeSampleVideo({
      directory: workDir,
      name: `clip-${clip}.mp4`,
      seconds: 1 + (clip % 3),
      capturedAt,
    });
    return bytes;
  };

  const caseId = ok(await handler.post('/api/v1/cases', openCaseBody(a))).id;
  const record = await addRecord(handler, caseId, RECORDS.caseSource());
  const launchForm = await addRecord(handler, caseId, RECORDS.launchForm());
  const approval = ok<{ id: string; version: number }>(
    await handler.post(`/api/v1/cases/${caseId}/approvals`, {
      kind: 'launch',
      recordId: launchForm.id,
    }),
  );

  // The camera is the handler's: docked files of it belong on his case.
  const bodyCamera = ok(
    await a.head.client.post(`/api/v1/agencies/${a.agencyId}/body-cameras`, {
      serial: 'MX-0001',
      model: 'DSJ-V9',
    }),
  ).id;
  ok(
    await a.head.client.post(`/api/v1/body-cameras/${bodyCamera}/assignments`, {
      holderId: a.handler.id,
      from: iso(Date.now() - 72 * HOUR),
    }),
  );
  const dockedFile = async (minutesAgo: number, deviceSerial = 'MX-0001') => {
    const bytes = await video(new Date(Date.now() - minutesAgo * 60_000));
    await storeEvidence(handler, { bytes, fileName: `DSJ_${clip}.MP4`, mediaType: 'video/mp4' });
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const imported = ok<{ id: string; status: string }>(
      await handler.post('/api/v1/imported-files', {
        sha256,
        fileModifiedAt: iso(Date.now() - minutesAgo * 60_000 + 2000),
        deviceSerial,
        originalPath: `VIDEO/${sha256.slice(0, 8)}.mp4`,
      }),
    );
    return imported;
  };
  const placedFile = async (minutesAgo: number) => {
    const imported = await dockedFile(minutesAgo);
    // Placed by hand: matching by time needs the recording's own duration (ffprobe).
    if (imported.status !== 'matched') {
      ok(
        await handler.post(`/api/v1/imported-files/${imported.id}/assignment`, {
          caseId,
          reason: '拍摄时正在办理本案',
        }),
      );
    }
    return imported.id;
  };
  const importedFile = await placedFile(50);
  // On a camera nobody holds: no case to place it on.
  const inbox = await dockedFile(55, 'MX-9999');
  if (inbox.status !== 'unassigned') throw new Error(`the inbox file is ${inbox.status}`);
  const dismissalTarget = await placedFile(45);
  const spareImportedFiles: string[] = [];
  for (let n = 0; n < 7; n += 1) spareImportedFiles.push(await placedFile(40 - n));
  const incident = ok(
    await handler.post('/api/v1/incidents', {
      name: '城西农贸市场群体性事件',
      kind: 'mass_incident',
      startedAt: iso(Date.now() - 2 * HOUR),
    }),
  ).id;
  const incidentFile = (await dockedFile(30, 'MX-9999')).id;
  // Signed before it is issued: the issued document fixes its signatures (a capture then is
  // a 409 after the gate, which the matrix counts as allowed).
  const signature = ok(
    await handler.post(`/api/v1/records/${record.id}/signatures`, {
      role: 'officers',
      signerName: '张三',
      method: 'screen',
      imagePng: signaturePng().toString('base64'),
    }),
  ).id;

  const issued = ok<{ id: string; verificationCode: string }>(
    await handler.post(`/api/v1/records/${record.id}/issue`),
  );
  const sent = ok<{ delivery: { id: string }; link: string }>(
    await handler.post(`/api/v1/documents/${issued.id}/deliveries`, {
      recipientName: '某某贸易有限公司',
      address: '手机 139 0000 0000',
      consent: '当事人签署送达地址确认书，同意电子送达',
    }),
  );
  const power = ok(
    await a.chief.client.post(`/api/v1/agencies/${a.agencyId}/powers`, {
      name: '对擅自占用城市道路摆摊设点的处罚',
      category: 'penalty',
      provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
      provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
      penaltyKinds: ['warning', 'fine'],
      fineMax: '500',
    }),
  ).id;
  ok(
    await handler.post(`/api/v1/imported-files/${incidentFile}/incident-assignment`, {
      incidentId: incident,
      reason: '画面为该事件现场',
    }),
  );

  const avBytes = await video(new Date(Date.now() - HOUR));
  const evidenceObject = await storeEvidence(handler, {
    bytes: avBytes,
    fileName: 'DSJ_0001.MP4',
    mediaType: 'video/mp4',
    caseId,
  });
  const avRecord = ok(
    await handler.post(`/api/v1/cases/${caseId}/av-records`, inspectionVideoBody(evidenceObject)),
  ).id;
  const scan = await storeEvidence(handler, {
    bytes: Buffer.from(await makeSamplePdf([{ size: [595, 842], text: 'Signed page' }])),
    fileName: '立案登记签字页.pdf',
    mediaType: 'application/pdf',
    caseId,
  });
  const attachment = ok(
    await handler.post(`/api/v1/records/${record.id}/attachments`, {
      evidenceObjectId: scan,
      description: '立案登记表签字页扫描件',
    }),
  ).id;

  const upload = await startUpload(handler, 'DSJ_0002.MP4');
  const accessRequest = ok(
    await requester.client.post(`/api/v1/cases/${caseId}/access-requests`, {
      kind: 'beyond_permission',
      permissions: ['case:read'],
      reason: '比对同一当事人在二中队的案件',
      until: iso(Date.now() + 24 * HOUR),
    }),
  ).id;
  const freshSavedView = async (name: string) =>
    ok(await handler.post('/api/v1/saved-views', { list: 'cases', name, query: {} })).id;
  const savedView = await freshSavedView('我的在办案件');
  await testApp.ledger.settle();

  const freshCase = async (name: string) =>
    ok(await handler.post('/api/v1/cases', openCaseBody(a, { name }))).id;
  return {
    testApp,
    clients: {
      handler,
      colleague: colleague.client,
      otherOfficer: otherOfficer.client,
      head: a.head.client,
      otherHead: otherHead.client,
      legal: a.legal.client,
      chief: a.chief.client,
      archivist: archivist.client,
      supervisor: supervisor.client,
      otherSupervisor: otherSupervisor.client,
      agencyAdmin: agencyAdmin.client,
      otherAgencyAdmin: otherAgencyAdmin.client,
      platformAdmin: admin,
      otherAgencyOfficer: b.handler.client,
    },
    userIds: {
      handler: a.handler.id,
      colleague: colleague.id,
      otherOfficer: otherOfficer.id,
      head: a.head.id,
      otherHead: otherHead.id,
      legal: a.legal.id,
      chief: a.chief.id,
      archivist: archivist.id,
      supervisor: supervisor.id,
      otherSupervisor: otherSupervisor.id,
      agencyAdmin: agencyAdmin.id,
      otherAgencyAdmin: otherAgencyAdmin.id,
      platformAdmin: platformAdminId,
      otherAgencyOfficer: b.handler.id,
    },
    agencyId: a.agencyId,
    otherAgencyId: b.agencyId,
    departmentId: a.departmentId,
    handler: a.handler,
    ids: {
      case: caseId,
      record: record.id,
      launchForm: launchForm.id,
      approval: approval.id,
      approvalVersion: approval.version,
      avRecord,
      evidenceObject,
      attachment,
      signature,
      scan,
      bodyCamera,
      importedFile,
      inboxFile: inbox.id,
      dismissalTarget,
      incident,
      incidentFile,
      power,
      document: issued.id,
      documentCode: issued.verificationCode,
      delivery: sent.delivery.id,
      deliveryToken: sent.link.slice(sent.link.lastIndexOf('/') + 1),
      upload,
      accessRequest,
      user: target.id,
      supervisor: supervisor.id,
      savedView,
      agencyLog: `agency-${a.agencyId}`,
      platformLog: 'platform',
    },
    spareImportedFiles,
    freshCase,
    async freshApproval() {
      const id = await freshCase(`某某商店违规设置店招案（审批${Date.now()}）`);
      await addRecord(handler, id, RECORDS.caseSource());
      const form = await addRecord(handler, id, RECORDS.launchForm());
      return ok<{ id: string; version: number }>(
        await handler.post(`/api/v1/cases/${id}/approvals`, { kind: 'launch', recordId: form.id }),
      );
    },
    freshUpload: () => startUpload(handler, `DSJ_${Date.now()}.MP4`),
    freshSavedView,
    close: () => rm(workDir, { recursive: true, force: true }),
  };
}
