import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_LAWS } from './support/agency-laws.ts';
import {
  archive,
  approveLaunch,
  decide,
  expectWalked,
  investigate,
  PATHS,
  walkWorld,
  type WalkWorld,
} from './support/agency-walks.ts';
import { openCaseBody, RECORDS } from './support/case-fixtures.ts';

/**
 * Issue 15, "Done when": the five demo agencies and a new agency on the national baseline
 * each walk a case down three paths — a complaint declined (不予立案) and archived, a
 * simplified procedure decided on the spot and archived, an ordinary procedure
 * investigated, approved by the agency's own chain, served and archived — through the API,
 * doing at each step what the agency's own law and national law ask
 * (support/agency-laws.ts) and nothing only another agency's regulation asks. At the end
 * the case's findings hold nothing that blocks and nothing that cites another agency's
 * regulation. The fourth path, the emergency launch, is agency-walks-emergency.test.ts.
 */
const SLOW = 600_000;
let world: WalkWorld;

beforeAll(async () => {
  world = await walkWorld();
}, SLOW);
afterAll(() => world.close());

const now = () => new Date().toISOString();

const simplifiedRecord = () => ({
  type: 'simplified_procedure_record',
  madeAt: now(),
  fields: {
    conditions: '违法事实确凿并有法定依据，对法人处以三千元以下罚款',
    steps: '出示执法证件，告知拟作出的处罚及理由、依据和陈述申辩权利，当场填写处罚决定书并交付',
    partyStatement: '当事人表示无异议，未提出陈述、申辩',
    statementReview: '当事人未提出陈述、申辩，无需复核',
  },
});

/** 当场处罚决定书, signed for by the party when handed over (行政处罚法 第五十二条). */
const decisionOnTheSpot = () => ({
  ...RECORDS.decisionDocument(),
  signature: { kind: 'signed', signers: ['赵六'], at: now() },
});

describe.each(AGENCY_LAWS.map((law) => ({ law, name: law.profileId })))(
  'the agency under $name',
  { timeout: SLOW },
  ({ law }) => {
    it('declines a real-name complaint (不予立案) and archives it', async () => {
      const walk = world.walk(law);
      const { w } = walk;
      const caseId = await w.open(
        openCaseBody(walk.agency, {
          name: '某某贸易有限公司擅自设置店招举报案',
          launchMode: 'complaint',
          complainantRealName: true,
        }),
      );
      await w.add(caseId, {
        type: 'complaint_intake',
        madeAt: now(),
        fields: {
          receivedAt: now(),
          complainant: '钱七',
          allegation: '某某贸易有限公司擅自设置大型店招',
          reviewResult: '不启动执法程序',
        },
      });
      await w.moved(caseId, 'decline');
      if (law.informComplainant) {
        // 告知投诉人、举报人，并将有关情况作书面记录: archiving waits for both.
        expect((await w.blocked(caseId, 'archive')).map((f) => f.ruleId)).toEqual([
          'complaint-not-pursued-uninformed',
          'complaint-not-pursued-uninformed',
        ]);
        await w.add(caseId, {
          type: 'complaint_decline_notice',
          madeAt: now(),
          fields: {
            complainant: '钱七',
            informedAt: now(),
            informContent: '经审查，举报事项不构成违法，决定不启动执法程序，已电话告知举报人',
          },
        });
        const informed = await w.handler.post(`/api/v1/cases/${caseId}/complainant-informed`, {
          note: '电话告知举报人不予立案的情况和理由',
        });
        expect(informed.statusCode, informed.body).toBe(200);
      }
      await archive(walk, caseId, '诉');
      await expectWalked(walk, caseId, PATHS.declined);
    });

    it('decides a simplified procedure on the spot, with its records, and archives it', async () => {
      const walk = world.walk(law);
      const { w } = walk;
      const caseId = await w.open(
        openCaseBody(walk.agency, { name: '某某贸易有限公司占道经营案', procedure: 'simplified' }),
      );
      await w.add(caseId, RECORDS.rightsNotice());
      if (law.simplifiedRecord) await w.add(caseId, simplifiedRecord());
      if (law.simplifiedOnVideo) {
        await walk.video.film(walk.agency.handler.client, caseId, {
          situation: 'simplified_procedure',
          content: '简易程序全过程',
        });
      }
      await w.add(caseId, decisionOnTheSpot());
      await w.moved(caseId, 'decide_on_the_spot');
      await w.moved(caseId, 'conclude');
      await archive(walk, caseId, '简');
      await expectWalked(walk, caseId, PATHS.onTheSpot);
    });

    it('investigates an ordinary procedure, decides by its own chain, serves and archives it', async () => {
      const walk = world.walk(law);
      const { w } = walk;
      const caseId = await w.open(
        openCaseBody(walk.agency, { name: '某某贸易有限公司擅自设置户外广告案' }),
      );
      if (law.caseSourceRecord) await w.add(caseId, RECORDS.caseSource());
      if (law.launchApproval) {
        const form = await w.add(caseId, RECORDS.launchForm());
        await approveLaunch(walk, caseId, form.id);
      }
      await w.moved(caseId, 'file');
      await investigate(walk, caseId);
      await w.moved(caseId, 'submit_for_decision');
      await decide(walk, caseId);
      await w.add(caseId, RECORDS.postalService());
      await w.moved(caseId, 'conclude');
      await archive(walk, caseId, '普');
      await expectWalked(walk, caseId, PATHS.ordinary);
    });
  },
);
