import { standardProfile, type Stage } from '@liuhen/domain';
import type { FastifyInstance } from 'fastify';
import {
  DEMO_AGENCIES,
  DEMO_PASSWORD,
  DEMO_PEOPLE,
  type DemoAgency,
  type DemoPersonKey,
} from './demo-agencies.ts';
import { demoCompany, demoPerson } from './demo-parties.ts';
import { demoCaseFacts, seedDemoPowers, type DemoPowerIds } from './demo-powers.ts';
import { DEMO_RECORDS } from './demo-records.ts';
import { demoClips, dockSpareCameraClip, uploadClip } from './demo-recordings.ts';
import { InjectClient } from './inject-client.ts';

type People = Record<DemoPersonKey, { client: InjectClient; id: string }>;

const nameOf = (key: DemoPersonKey) => DEMO_PEOPLE.find((person) => person.key === key)!.name;

/** Clips for the demo's recordings, or none when ffmpeg is missing. */
type Clips = Awaited<ReturnType<typeof demoClips>>;

interface AgencySetup {
  readonly agency: DemoAgency;
  readonly agencyId: string;
  readonly departmentId: string;
  readonly people: People;
  readonly powers: DemoPowerIds;
}

/** 行政区划 prefixes for the made-up identifiers, one per demo agency. */
const AREAS = ['371525', '640221', '140400', '533100', '330822'];

/** Stages a demo case is walked to, with the case's name. */
/** `facts`: the 案件事实 written at the decision stage (demo-powers.ts). */
const WALKS: readonly {
  stage: Stage;
  name: string;
  major?: boolean;
  emergency?: boolean;
  facts?: 'materials' | 'unauthorisedBuilding';
}[] = [
  { stage: 'launch', name: '占道经营案' },
  { stage: 'launch', name: '无证经营案（紧急启动）', emergency: true },
  { stage: 'investigation', name: '擅自设置户外广告案' },
  { stage: 'decision', name: '违规堆放建筑材料案', facts: 'materials' },
  { stage: 'decision', name: '违法建设案（重大）', major: true, facts: 'unauthorisedBuilding' },
  { stage: 'service_and_execution', name: '未按规定设置店招案', facts: 'materials' },
  { stage: 'archiving', name: '乱张贴小广告案' },
  { stage: 'archived', name: '噪声扰民案' },
];

const ORDER: readonly Stage[] = [
  'launch',
  'investigation',
  'decision',
  'service_and_execution',
  'archiving',
  'archived',
];
const reached = (target: Stage, stage: Stage) => ORDER.indexOf(target) >= ORDER.indexOf(stage);

async function signInNew(app: FastifyInstance, username: string, oneTimePassword: string) {
  const client = new InjectClient(app);
  await client.login(username, oneTimePassword);
  await client.post('/api/v1/auth/password', {
    currentPassword: oneTimePassword,
    newPassword: DEMO_PASSWORD,
  });
  return client;
}

async function setUpAgency(app: FastifyInstance, admin: InjectClient, agency: DemoAgency) {
  const created = await admin.post<{ id: string }>('/api/v1/agencies', {
    name: agency.name,
    code: agency.code,
  });
  await admin.put(`/api/v1/agencies/${created.id}/profile`, { profileId: agency.profileId });
  const department = await admin.post<{ id: string }>(
    `/api/v1/agencies/${created.id}/departments`,
    { name: agency.department },
  );
  const people = {} as People;
  for (const person of DEMO_PEOPLE) {
    const username = `${agency.prefix}.${person.login}`;
    const user = await admin.post<{ oneTimePassword: string; user: { id: string } }>(
      '/api/v1/users',
      {
        username,
        displayName: person.name,
        agencyId: created.id,
        ...(person.roles[0] === 'officer' || person.roles[0] === 'department_head'
          ? { departmentId: department.id }
          : {}),
        roles: [...person.roles],
        ...('certificate' in person
          ? { certificateNumber: `${agency.prefix.toUpperCase()}-${person.certificate}` }
          : {}),
      },
    );
    people[person.key] = {
      client: await signInNew(app, username, user.oneTimePassword),
      id: user.user.id,
    };
  }
  if (agency.holidayLayers !== undefined) {
    await admin.put(`/api/v1/agencies/${created.id}/holiday-layers`, {
      layers: agency.holidayLayers,
    });
  }
  // The head makes the 音像记录事项清单 public (003 第十八条), so the public page has it.
  await people.chief.client.post(`/api/v1/agencies/${created.id}/av-item-list/publications`, {
    expectedVersion: null,
  });
  // 文书设置: where a party appeals, so decisions can be issued (行政处罚法 第五十九条(五)).
  await people.chief.client.put(`/api/v1/agencies/${created.id}/document-settings`, {
    expectedVersion: null,
    masthead: agency.name,
    reconsiderationBody: `${agency.seat}人民政府`,
    court: `${agency.seat}人民法院`,
    paymentInstructions: '请持本决定书到代收罚款的银行网点或通过非税收入电子缴款系统缴纳。',
    numberPatterns: {},
  });
  const powers = await seedDemoPowers(people.chief.client, created.id);
  return { agency, agencyId: created.id, departmentId: department.id, people, powers };
}

interface ApprovalView {
  readonly version: number;
  readonly status: string;
  readonly currentStep: number;
  readonly steps: readonly {
    readonly key: 'review' | 'legal_review' | 'approval';
    readonly roles: readonly string[];
  }[];
}

/**
 * Approves step by step, each by the person whose step it is (the chain is the profile's:
 * approvalChainFor), optionally stopping before one.
 */
async function approveAll(setup: AgencySetup, requestId: string, stopBefore?: string) {
  const { head, chief, legal } = setup.people;
  const byRole: Record<string, typeof head> = {
    department_head: head,
    agency_head: chief,
    legal_reviewer: legal,
  };
  let { request } = await head.client.get<{ request: ApprovalView }>(
    `/api/v1/approvals/${requestId}`,
  );
  while (request.status === 'pending') {
    const { key, roles } = request.steps[request.currentStep]!;
    if (key === stopBefore) return;
    const actor = byRole[roles.find((role) => byRole[role] !== undefined)!]!;
    request = await actor.client.post<ApprovalView>(`/api/v1/approvals/${requestId}/actions`, {
      action: 'approve',
      expectedVersion: request.version,
      comment: key === 'approval' ? '同意，按拟定意见办理' : '审核同意',
      ...(key === 'legal_review' ? { suggestions: '建议依法按一般情节处理' } : {}),
    });
  }
}

/**
 * An inquiry in the investigation, recorded on the officer's body camera: the clip is
 * uploaded and registered against the transcript, so the case page shows an AV record with
 * its poster, standard name and player.
 */
async function recordInquiry(setup: AgencySetup, caseId: string, clips: Clips, index: number) {
  if (clips === undefined) return;
  const { handler } = setup.people;
  const inquiredAt = new Date(clips.capturedAt.getTime() + 60_000).toISOString();
  const officers = [nameOf('handler'), nameOf('assistant')];
  const transcript = await handler.client.post<{ id: string }>(
    `/api/v1/cases/${caseId}/records`,
    DEMO_RECORDS.inquiryTranscript(officers, inquiredAt),
  );
  const clip = clips.clips[index % clips.clips.length]!;
  const objectId = await uploadClip(handler.client, clip, `DSJ_${index + 1}.MP4`, caseId);
  await handler.client.post(`/api/v1/cases/${caseId}/av-records`, {
    evidenceObjectId: objectId,
    kind: 'video',
    content: '询问',
    situations: ['inquiry'],
    recordId: transcript.id,
    deviceSerial: `DSJ-${setup.agency.prefix.toUpperCase()}-01`,
    recordingStartedAt: clips.capturedAt.toISOString(),
    recordingEndedAt: new Date(clips.capturedAt.getTime() + 10 * 60_000).toISOString(),
    place: '当事人经营场所',
    personsPresent: [...officers, '当事人'],
    announcementMade: true,
    usedAsEvidence: false,
  });
}

async function walkCase(
  setup: AgencySetup,
  index: number,
  walk: (typeof WALKS)[number],
  clips: Clips,
) {
  const { handler } = setup.people;
  const area = AREAS[DEMO_AGENCIES.indexOf(setup.agency)]!;
  const opened = await handler.client.post<{ id: string; caseNumber: string }>('/api/v1/cases', {
    name: `${index % 2 === 0 ? demoCompany(index, area).name : demoPerson(index, area).name}${walk.name}`,
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'ex_officio',
    departmentId: setup.departmentId,
    majorDecision: walk.major ?? false,
    emergency: walk.emergency ?? false,
    // A person's case holds personal privacy: colleagues and supervisors see it masked.
    confidentiality: index % 2 === 0 ? 'ordinary' : 'personal_privacy',
    parties: [index % 2 === 0 ? demoCompany(index, area) : demoPerson(index, area)],
    officers: [
      { userId: setup.people.handler.id, role: 'handler' },
      { userId: setup.people.assistant.id, role: 'assisting' },
    ],
  });
  const id = opened.id;
  const add = (body: object) =>
    handler.client.post<{ id: string }>(`/api/v1/cases/${id}/records`, body);
  const move = (transition: string) =>
    handler.client.post(`/api/v1/cases/${id}/transitions`, { transition });
  if (!reached(walk.stage, 'investigation')) return;

  await add(DEMO_RECORDS.caseSource());
  const form = await add(DEMO_RECORDS.launchForm());
  const launch = await handler.client.post<{ id: string }>(`/api/v1/cases/${id}/approvals`, {
    kind: 'launch',
    recordId: form.id,
  });
  await approveAll(setup, launch.id);
  await move('file');
  if (walk.stage === 'investigation') await recordInquiry(setup, id, clips, index);
  if (!reached(walk.stage, 'decision')) return;

  await add(DEMO_RECORDS.evidenceRegister());
  const notice = await add(DEMO_RECORDS.rightsNotice());
  // Issued as the party received it: the demo's documents carry numbers and QR codes.
  await handler.client.post(`/api/v1/records/${notice.id}/issue`, {});
  await move('submit_for_decision');
  await add(DEMO_RECORDS.handlerOpinion());
  if (walk.facts !== undefined) {
    await handler.client.put(`/api/v1/cases/${id}/facts`, demoCaseFacts(walk.facts, setup.powers));
  }
  const draft = await add(DEMO_RECORDS.decisionDraft());
  const decision = await handler.client.post<{ id: string }>(`/api/v1/cases/${id}/approvals`, {
    kind: 'decision',
    recordId: draft.id,
  });
  if (walk.stage === 'decision') {
    // Left waiting: a major case at its legal review, the others at the approver.
    await approveAll(setup, decision.id, walk.major ? 'legal_review' : 'approval');
    return;
  }
  await approveAll(setup, decision.id);
  const decisionDocument = await add(DEMO_RECORDS.decisionDocument());
  if (walk.facts !== undefined) {
    await handler.client.post(`/api/v1/records/${decisionDocument.id}/issue`, {});
  }
  await move('decide');
  if (!reached(walk.stage, 'archiving')) return;

  await add(DEMO_RECORDS.postalService());
  await add(DEMO_RECORDS.performance());
  await move('conclude');
  if (!reached(walk.stage, 'archived')) return;

  await add(
    DEMO_RECORDS.archiveRecord(`${setup.agency.code}-${new Date().getFullYear()}-${index + 1}`),
  );
  await move('archive');
}

export interface DemoSummary {
  readonly agencies: number;
  readonly users: number;
  readonly cases: number;
}

/**
 * Fills a fresh database with one demo agency per built-in profile, its people, and cases
 * in every stage, all through the API (so every rule, approval and ledger entry is real).
 * The administrator's one-time password is replaced by the demo password.
 */
export async function seedDemo(
  app: FastifyInstance,
  bootstrap: { username: string; oneTimePassword: string },
  log: (line: string) => void = () => {},
): Promise<DemoSummary> {
  const admin = await signInNew(app, bootstrap.username, bootstrap.oneTimePassword);
  const clips = await demoClips(DEMO_AGENCIES.length, log);
  let cases = 0;
  for (const agency of DEMO_AGENCIES) {
    const setup = await setUpAgency(app, admin, agency);
    // An emergency launch only where the regulation provides one (003 第十条).
    const emergencyLaunch =
      standardProfile(agency.profileId)?.emergencyLaunchApprovalDeadline !== undefined;
    for (const [index, walk] of WALKS.entries()) {
      if (walk.emergency && !emergencyLaunch) continue;
      await walkCase(setup, index, walk, clips);
      cases += 1;
    }
    if (clips !== undefined) {
      // Another clip than the investigation's, so the docked file is one of its own.
      const clip = clips.clips[(WALKS.length + 1) % clips.clips.length]!;
      await dockSpareCameraClip(
        {
          admin,
          station: setup.people.handler.client,
          agencyId: setup.agencyId,
          holderId: setup.people.handler.id,
          serialPrefix: `DSJ-${setup.agency.prefix.toUpperCase()}`,
        },
        clip,
      );
    }
  }
  return {
    agencies: DEMO_AGENCIES.length,
    users: DEMO_AGENCIES.length * DEMO_PEOPLE.length + 1,
    cases,
  };
}
