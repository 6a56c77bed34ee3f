import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AGENCY_LAWS } from './support/agency-laws.ts';
import {
  decide,
  expectWalked,
  investigate,
  PATHS,
  walkWorld,
  type WalkWorld,
} from './support/agency-walks.ts';
import { openCaseBody, RECORDS } from './support/case-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';

/**
 * Issue 15, "Done when", the fourth path: an emergency launch (紧急启动) approved in time
 * and decided. Only 003 第十条 lets an agency launch first and approve within 24 hours;
 * national law has no such launch for a case. So the 德宏 agency walks it — filed and
 * investigated at once, approved by its chain the next morning, decided and served — and
 * every other agency is refused the emergency flag with the reason, nothing opened
 * (docs/decisions.md, "Emergency launch where the regulation provides it").
 */
const SLOW = 600_000;
const HOUR = 3_600_000;
let world: WalkWorld;

beforeAll(async () => {
  world = await walkWorld();
}, SLOW);
afterAll(() => world.close());

const named = (laws: typeof AGENCY_LAWS) => laws.map((law) => ({ law, name: law.profileId }));

describe.each(named(AGENCY_LAWS.filter((law) => law.emergencyLaunch)))(
  'the agency under $name, whose regulation provides an emergency launch',
  { timeout: SLOW },
  ({ law }) => {
    it('launches in an emergency, is approved within the period and decides', async () => {
      const walk = world.walk(law);
      const { w } = walk;
      const caseId = await w.open(
        openCaseBody(walk.agency, { name: '某某商行无证经营案', emergency: true }),
      );
      const form = await w.add(caseId, RECORDS.launchForm());
      await w.moved(caseId, 'file');
      await investigate(walk, caseId);
      const open = (await w.findings(caseId)).find(
        (f) => f.ruleId === 'emergency-launch-unapproved',
      ) as { severity: string; dueAt: string } | undefined;
      expect(open?.severity).toBe('due');
      const deadline = Date.parse(open!.dueAt);
      // Not decided before the approval (003 第十条).
      const held = await w.blocked(caseId, 'submit_for_decision');
      expect(held.map((f) => f.ruleId)).toEqual(['launch-unapproved']);

      // The next morning, 20 hours on: within the 24 hours.
      vi.setSystemTime(Date.now() + 20 * HOUR);
      expect(Date.now()).toBeLessThan(deadline);
      const submitted = await w.submit(caseId, 'launch', form.id);
      expect(submitted.statusCode, submitted.body).toBe(201);
      expect(submitted.json().steps.map((s: { label: string }) => s.label)).toEqual(
        law.launchChain,
      );
      await w.approveAll(submitted.json().id);

      await w.moved(caseId, 'submit_for_decision');
      await decide(walk, caseId);
      // Decided, and served at once, so nothing is owed in the stage it is in.
      await w.add(caseId, RECORDS.postalService());
      const findings = await expectWalked(walk, caseId, PATHS.decided);
      expect(findings.filter((f) => f.ruleId.includes('launch'))).toEqual([]);
    });
  },
);

describe.each(named(AGENCY_LAWS.filter((law) => !law.emergencyLaunch)))(
  'the agency under $name, whose law has no emergency launch',
  { timeout: SLOW },
  ({ law }) => {
    it('is refused an emergency launch, with the reason, and nothing is opened', async () => {
      const { agency, w } = world.walk(law);
      const count = async () =>
        (await w.handler.get('/api/v1/cases?limit=200')).json().items.length as number;
      const before = await count();
      const refused = await w.handler.post(
        '/api/v1/cases',
        openCaseBody(agency, { name: '某某商行无证经营案', emergency: true }),
      );
      const problem = expectProblem(refused, 400, 'validation-failed');
      expect(problem.invalidParams).toHaveLength(1);
      expect(problem.invalidParams[0]!.name).toBe('body.emergency');
      expect(problem.invalidParams[0]!.reason).toContain('未规定情况紧急时先行启动执法程序');
      expect(problem.invalidParams[0]!.reason).toContain('《行政强制法》第十九条');
      expect(await count()).toBe(before);
      // The same case, launched the ordinary way, is opened.
      await w.open(openCaseBody(agency, { name: '某某商行无证经营案' }));
      expect(await count()).toBe(before + 1);
    });
  },
);
