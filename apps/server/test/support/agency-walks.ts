import { STAGES, type Stage } from '@liuhen/domain';
import { expect, vi } from 'vitest';
import { AGENCY_LAWS, type AgencyLaw } from './agency-laws.ts';
import { baselineAgency, demoAgency, RECORDS, type AgencyFixture } from './case-fixtures.ts';
import { caseWalker, type CaseWalker, type FindingView } from './case-walk.ts';
import { createTestApp, signInAdmin, type TestApp } from './test-app.ts';
import { videoRecorder, type VideoRecorder } from './video-recorder.ts';

/**
 * The world of the agency walks (agency-walks*.test.ts): the five demo agencies, each under
 * its regulation as `npm run demo` sets it up, and a new agency left on the national
 * baseline, with a camera to film what their law puts on AV. The clock is fixed on a
 * Monday of 2026, whose holidays are entered, so no deadline depends on the day the suite
 * runs; it still advances, so every act has its own moment.
 */
export const WALK_CLOCK = Date.parse('2026-06-01T02:00:00Z'); // Monday 10:00 in China

export interface WalkWorld {
  readonly testApp: TestApp;
  readonly video: VideoRecorder;
  /** The agency working under `law`, with a walker acting as its handler. */
  walk(law: AgencyLaw): Walk;
  close(): Promise<void>;
}

export interface Walk {
  readonly law: AgencyLaw;
  readonly agency: AgencyFixture;
  readonly w: CaseWalker;
  readonly video: VideoRecorder;
}

export async function walkWorld(): Promise<WalkWorld> {
  vi.useFakeTimers({ toFake: ['Date'], now: WALK_CLOCK, shouldAdvanceTime: true });
  // Sessions outlive a day moved on (the emergency launch's approval the next morning).
  const testApp = await createTestApp({
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    SESSION_TTL_HOURS: '720',
  });
  const admin = await signInAdmin(testApp);
  const agencies = new Map<string, AgencyFixture>();
  for (const law of AGENCY_LAWS) {
    agencies.set(
      law.profileId,
      law.seed === undefined
        ? await baselineAgency(testApp, admin)
        : await demoAgency(testApp, admin, law.profileId),
    );
  }
  const video = await videoRecorder();
  return {
    testApp,
    video,
    walk: (law) => {
      const agency = agencies.get(law.profileId)!;
      return { law, agency, w: caseWalker(agency), video };
    },
    close: async () => {
      await testApp.close();
      await video.dispose();
      vi.useRealTimers();
    },
  };
}

const now = () => new Date().toISOString();

/** Severities a lawful walk must not leave behind: a hole, a breach, a doubt. */
const UNLAWFUL = ['missing', 'violation', 'undetermined'];

/** What a finding cites, as seed or law and article. */
export const cited = (finding: FindingView) =>
  finding.citations.map((c) => `${c.seed ?? c.law} ${c.article}`);

/** The stages of each path, from launch to where the walk ends. */
export const PATHS = {
  declined: ['launch', 'archiving', 'archived'],
  // 当场作出决定 goes through investigation and decision (enforcement/case-path.ts).
  onTheSpot: STAGES,
  ordinary: STAGES,
  decided: STAGES.slice(0, STAGES.indexOf('service_and_execution') + 1),
} as const satisfies Record<string, readonly Stage[]>;

/**
 * The end of every walk: the case at the end of its path, still under the agency's own
 * profile, and its findings free of anything that blocks or breaks the law and of any
 * citation of another agency's regulation. Asked for, another regulation's practice
 * (advice) is only that — it cites neither the agency's regulation nor national law — and
 * concerns only stages the case went through.
 */
export async function expectWalked({ law, w }: Walk, caseId: string, path: readonly Stage[]) {
  const detail = (await w.handler.get(`/api/v1/cases/${caseId}`)).json();
  expect({ stage: detail.case.stage, profileId: detail.case.profileId }).toEqual({
    stage: path.at(-1),
    profileId: law.profileId,
  });
  const findings = await w.findings(caseId);
  expect(findings.filter((f) => UNLAWFUL.includes(f.severity))).toEqual([]);
  const foreign = findings.filter((f) =>
    f.citations.some((c) => c.seed !== undefined && c.seed !== law.seed),
  );
  expect(foreign.map((f) => [f.ruleId, f.severity, ...cited(f)])).toEqual([]);
  // The list across cases, stored at the case's last change, says the same.
  type Listed = FindingView & { caseId: string };
  const listed = (await w.handler.get('/api/v1/findings?limit=200')).json().items as Listed[];
  const keys = (items: readonly FindingView[]) =>
    items.map((f) => `${f.ruleId} ${f.severity} ${f.stage}`).sort();
  expect(keys(listed.filter((f) => f.caseId === caseId))).toEqual(keys(findings));

  const asked = await w.handler.get(`/api/v1/cases/${caseId}/findings?include=advice`);
  const advice = (asked.json().items as FindingView[]).filter((f) => f.severity === 'advice');
  const binding = advice.filter((f) =>
    f.citations.some((c) => c.seed === undefined || c.seed === law.seed),
  );
  expect(binding.map((f) => [f.ruleId, ...cited(f)])).toEqual([]);
  const offPath = [...findings, ...advice].filter((f) => !path.includes(f.stage as Stage));
  expect(offPath.map((f) => [f.ruleId, f.stage, f.message])).toEqual([]);
  return findings;
}

/** The launch form approved step by step by the agency's launch chain. */
export async function approveLaunch({ law, w }: Walk, caseId: string, formId: string) {
  const submitted = await w.submit(caseId, 'launch', formId);
  expect(submitted.statusCode, submitted.body).toBe(201);
  const steps = submitted.json().steps as { label: string }[];
  expect(steps.map((step) => step.label)).toEqual(law.launchChain);
  await w.approveAll(submitted.json().id);
}

/**
 * The investigation of an ordinary penalty: an inquiry (filmed where the agency's law puts
 * inquiries on AV), the evidence gathered (行政处罚法 第五十四条), and the rights notice
 * (第四十四条).
 */
export async function investigate({ law, agency, w, video }: Walk, caseId: string) {
  const inquiry = await w.add(caseId, RECORDS.inquiryTranscript(['张三', '李四'], now()));
  if (law.inquiryOnVideo) {
    await video.film(agency.handler.client, caseId, {
      situation: 'inquiry',
      content: '询问',
      recordId: inquiry.id,
    });
  }
  await w.add(caseId, RECORDS.evidenceRegister());
  await w.add(caseId, RECORDS.rightsNotice());
}

/**
 * From 移送审查 to the decision: the handler's opinion where the regulation asks for it,
 * the draft approved step by step by the agency's own decision chain, the decision.
 */
export async function decide({ law, w }: Walk, caseId: string) {
  if (law.handlerOpinion) await w.add(caseId, RECORDS.handlerOpinion());
  const draft = await w.add(caseId, RECORDS.decisionDraft());
  const submitted = await w.submit(caseId, 'decision', draft.id);
  expect(submitted.statusCode, submitted.body).toBe(201);
  const steps = submitted.json().steps as { label: string }[];
  expect(steps.map((step) => step.label)).toEqual(law.decisionChain);
  await w.approveAll(submitted.json().id);
  await w.add(caseId, RECORDS.decisionDocument());
  await w.moved(caseId, 'decide');
}

/** 立卷归档, with the 案卷归档记录 where the regulation asks for one. */
export async function archive({ law, agency, w }: Walk, caseId: string, path: string) {
  if (law.archiveRecord) {
    await w.add(caseId, RECORDS.archiveRecord(`${agency.agencyId.slice(0, 8)}-${path}`));
  }
  await w.moved(caseId, 'archive');
}
