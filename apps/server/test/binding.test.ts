import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addRecord,
  fileCase,
  openCaseBody,
  RECORDS,
  type AgencyFixture,
  seedAgency,
} from './support/case-fixtures.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * Issue 15 point 1: only the agency's own regulation (its profile's seed) and national law
 * may block its work; what another agency's regulation requires is `advice`, citing that
 * regulation by name.
 */

// Ceilings, not waits: each test walks cases through several stages on a shared machine.
vi.setConfig({ testTimeout: 600_000 });

let testApp: TestApp;
let admin: Client;
/** 冠县柳林镇 (seed 000): no 程序启动审批表, no 草拟决定记录, no party signature. */
let liulin: AgencyFixture;
/** 长治市民宗局 (seed 002): 第四条 程序启动审批表, 第六条 草拟决定, 第五条 signatures. */
let changzhi: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  liulin = await seedAgency(testApp, admin, '000');
  changzhi = await seedAgency(testApp, admin, '002');
}, 600_000);
afterAll(() => testApp.close());

interface Citation {
  seed?: string;
  law?: string;
  article: string;
  text: string;
}
interface FindingJson {
  ruleId: string;
  severity: string;
  message: string;
  subjectId: string | null;
  citations: Citation[];
}

async function open(agency: AgencyFixture): Promise<string> {
  const response = await agency.handler.client.post('/api/v1/cases', openCaseBody(agency));
  expect(response.statusCode).toBe(201);
  return response.json().id as string;
}

/** The case's findings with other regulations' practice (advice), which is asked for. */
async function caseFindings(
  agency: AgencyFixture,
  caseId: string,
  query = '?include=advice',
): Promise<FindingJson[]> {
  const response = await agency.handler.client.get(`/api/v1/cases/${caseId}/findings${query}`);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: FindingJson[] }).items;
}

function transition(agency: AgencyFixture, caseId: string, name: string) {
  return agency.handler.client.post(`/api/v1/cases/${caseId}/transitions`, { transition: name });
}

/** The blockers a refused transition names (problem+json `findings`). */
async function blockers(agency: AgencyFixture, caseId: string, name: string) {
  const response = await transition(agency, caseId, name);
  const problem = expectProblem(response, 409, 'transition-blocked') as unknown as {
    findings: FindingJson[];
  };
  expect(problem.findings.every((f) => f.severity === 'missing')).toBe(true);
  return problem.findings;
}

const about = (document: string) => (f: FindingJson) =>
  f.ruleId === 'required-record-missing' && f.message.includes(`《${document}》`);
const cited = (f: FindingJson | undefined) => f?.citations.map((c) => [c.seed, c.article, c.text]);

/** Investigation done: a complete, signed inquiry transcript. */
async function investigate(agency: AgencyFixture, caseId: string) {
  await addRecord(
    agency.handler.client,
    caseId,
    RECORDS.inquiryTranscript(['张三', '李四'], new Date().toISOString()),
  );
}

describe('a seed-000 township is not bound by other agencies’ launch approval form', () => {
  it('files an ex officio ordinary case without a 程序启动审批表; the form is advice citing 002 and 003 by name', async () => {
    const caseId = await open(liulin);
    await addRecord(liulin.handler.client, caseId, RECORDS.caseSource());

    const advice = (await caseFindings(liulin, caseId)).find(about('程序启动审批表'));
    expect(advice?.severity).toBe('advice');
    expect(cited(advice)).toEqual([
      ['002', '第四条', '《长治市民宗局记录制度》第四条'],
      ['003', '第十条', '《德宏州记录办法》第十条'],
    ]);
    expect(advice?.message).toContain('本机关适用的规定未要求该文书');

    const filed = await transition(liulin, caseId, 'file');
    expect(filed.statusCode).toBe(200);
    const detail = (await liulin.handler.client.get(`/api/v1/cases/${caseId}`)).json();
    expect(detail.case.stage).toBe('investigation');

    // The list across cases carries the same advice, and filters on it.
    const listed = await liulin.handler.client.get('/api/v1/findings?severity=advice');
    expect(listed.statusCode).toBe(200);
    const items = listed.json().items as (FindingJson & { caseId: string })[];
    expect(items.filter((f) => f.caseId === caseId).some(about('程序启动审批表'))).toBe(true);
    expect(items.every((f) => f.severity === 'advice')).toBe(true);
  });

  it('lists another regulation’s practice only when asked for, in the case and across cases', async () => {
    const caseId = await open(liulin);
    await addRecord(liulin.handler.client, caseId, RECORDS.caseSource());
    const foreign = (f: FindingJson) => f.citations.some((c) => c.seed && c.seed !== '000');

    // By default: what binds 柳林 only, so nothing naming another agency's regulation.
    const bound = await caseFindings(liulin, caseId, '');
    expect(bound.filter((f) => f.severity === 'advice' || foreign(f))).toEqual([]);
    const asked = await caseFindings(liulin, caseId);
    expect(asked.find(about('程序启动审批表'))?.severity).toBe('advice');
    expect(asked.filter((f) => f.severity !== 'advice')).toEqual(bound);

    type Listed = FindingJson & { caseId: string };
    const listed = async (query: string) =>
      ((await liulin.handler.client.get(`/api/v1/findings${query}`)).json().items as Listed[])
        .filter((f) => f.caseId === caseId)
        .map((f) => f.message);
    expect(await listed('')).toEqual(bound.map((f) => f.message));
    expect(await listed('?severity=advice')).toEqual(
      asked.filter((f) => f.severity === 'advice').map((f) => f.message),
    );

    const unknown = await liulin.handler.client.get(
      `/api/v1/cases/${caseId}/findings?include=everything`,
    );
    expect(expectProblem(unknown, 400, 'validation-failed').invalidParams[0]!.name).toBe(
      'querystring.include',
    );
  });

  it('is still blocked by its own regulation: the 案件来源及立案记录 (000 第六条)', async () => {
    const caseId = await open(liulin);
    const found = await blockers(liulin, caseId, 'file');
    expect(found.map((f) => f.message.split('，')[0])).toEqual(['缺少《案件来源及立案记录》']);
    expect(cited(found[0])).toEqual([['000', '第六条', '《柳林镇记录制度》第六条']]);
  });
});

describe('a seed-002 agency is still bound by its own regulation', () => {
  it('cannot file without the 程序启动审批表, citing 002 第四条 only', async () => {
    const caseId = await open(changzhi);
    const found = await blockers(changzhi, caseId, 'file');
    const form = found.find(about('程序启动审批表'));
    expect(cited(form)).toEqual([['002', '第四条', '《长治市民宗局记录制度》第四条']]);
    // The case source record is 000's and 001's practice: advice, not a blocker.
    expect(found.some(about('案件来源及立案记录'))).toBe(false);
    const advice = (await caseFindings(changzhi, caseId)).find(about('案件来源及立案记录'));
    expect(advice?.severity).toBe('advice');

    // With the form but not yet approved: 002 第四条(二) 报主要负责人批准 still binds.
    await addRecord(changzhi.handler.client, caseId, RECORDS.launchForm());
    const unapproved = await blockers(changzhi, caseId, 'file');
    expect(unapproved.map((f) => f.ruleId)).toEqual(['launch-unapproved']);
    expect(cited(unapproved[0])).toEqual([['002', '第四条', '《长治市民宗局记录制度》第四条']]);
  });
});

describe('the decision draft (002 第六条, 003 第二十三条)', () => {
  it('blocks a seed-002 decision citing 002 第六条, and is only advice for seed 000', async () => {
    const ofChangzhi = await open(changzhi);
    await fileCase(changzhi, ofChangzhi);
    await investigate(changzhi, ofChangzhi);
    expect((await transition(changzhi, ofChangzhi, 'submit_for_decision')).statusCode).toBe(200);
    const draft = (await blockers(changzhi, ofChangzhi, 'decide')).find(
      about('行政执法决定草拟记录'),
    );
    expect(cited(draft)).toEqual([['002', '第六条', '《长治市民宗局记录制度》第六条']]);

    const ofLiulin = await open(liulin);
    await addRecord(liulin.handler.client, ofLiulin, RECORDS.caseSource());
    expect((await transition(liulin, ofLiulin, 'file')).statusCode).toBe(200);
    await investigate(liulin, ofLiulin);
    expect((await transition(liulin, ofLiulin, 'submit_for_decision')).statusCode).toBe(200);
    const found = await blockers(liulin, ofLiulin, 'decide');
    expect(found.some(about('行政执法决定草拟记录'))).toBe(false);
    expect(
      found.every((f) => f.citations.every((c) => c.law !== undefined || c.seed === '000')),
    ).toBe(true);
    const advice = (await caseFindings(liulin, ofLiulin)).find(about('行政执法决定草拟记录'));
    expect(advice?.severity).toBe('advice');
    expect(advice?.citations.map((c) => c.seed)).toEqual(['002', '003']);
  });
});

describe('the archive record (000 第十一条, 001 第五条)', () => {
  it('blocks a seed-000 archive citing 000 第十一条, and is only advice for seed 002', async () => {
    const ofLiulin = await open(liulin);
    await addRecord(liulin.handler.client, ofLiulin, RECORDS.caseSource());
    expect((await transition(liulin, ofLiulin, 'file')).statusCode).toBe(200);
    // A penalty's investigation ends only with evidence on record (investigation-unrecorded).
    await addRecord(liulin.handler.client, ofLiulin, RECORDS.evidenceRegister());
    expect((await transition(liulin, ofLiulin, 'close_without_decision')).statusCode).toBe(200);
    const record = (await blockers(liulin, ofLiulin, 'archive')).find(about('案卷归档记录'));
    expect(cited(record)).toEqual([['000', '第十一条', '《柳林镇记录制度》第十一条']]);

    const ofChangzhi = await open(changzhi);
    await fileCase(changzhi, ofChangzhi);
    await addRecord(changzhi.handler.client, ofChangzhi, RECORDS.evidenceRegister());
    expect((await transition(changzhi, ofChangzhi, 'close_without_decision')).statusCode).toBe(200);
    const archived = await transition(changzhi, ofChangzhi, 'archive');
    if (archived.statusCode !== 200) {
      // Whatever else a path may owe, the archive record is not among it under 002.
      const problem = archived.json() as { findings?: FindingJson[] };
      expect(problem.findings?.some(about('案卷归档记录'))).toBe(false);
    }
    const advice = (await caseFindings(changzhi, ofChangzhi)).find(about('案卷归档记录'));
    expect(advice?.severity).toBe('advice');
    expect(cited(advice)).toEqual([
      ['000', '第十一条', '《柳林镇记录制度》第十一条'],
      ['001', '第五条', '《平罗县退役军人局记录制度》第五条'],
    ]);
  });
});

describe('fields and signatures only another regulation demands', () => {
  const at = () => new Date().toISOString();
  /** 询问的时间 is named by 000 第七条 alone. */
  const withoutTime = () => {
    const transcript = RECORDS.inquiryTranscript(['张三', '李四'], at());
    const { inquiredAt: _inquiredAt, ...fields } = transcript.fields;
    return { ...transcript, fields };
  };
  const unsigned = () => {
    const { signature: _signature, ...transcript } = RECORDS.inquiryTranscript(['张三'], at());
    return transcript;
  };

  it('a field only 000 names is refused under 000 and accepted as advice under 002', async () => {
    const ofLiulin = await open(liulin);
    await addRecord(liulin.handler.client, ofLiulin, RECORDS.caseSource());
    expect((await transition(liulin, ofLiulin, 'file')).statusCode).toBe(200);
    const refused = await liulin.handler.client.post(
      `/api/v1/cases/${ofLiulin}/records`,
      withoutTime(),
    );
    const problem = expectProblem(refused, 400, 'validation-failed');
    expect(problem.invalidParams).toContainEqual({
      name: 'body.fields.inquiredAt',
      reason: '请填写询问的时间',
    });

    const ofChangzhi = await open(changzhi);
    await fileCase(changzhi, ofChangzhi);
    const accepted = await addRecord(changzhi.handler.client, ofChangzhi, withoutTime());
    const advice = (await caseFindings(changzhi, ofChangzhi)).find(
      (f) => f.ruleId === 'record-incomplete' && f.subjectId === accepted.id,
    );
    expect(advice?.severity).toBe('advice');
    expect(advice?.message).toContain('询问的时间');
    expect(cited(advice)).toEqual([['000', '第七条', '《柳林镇记录制度》第七条']]);
  });

  it('a party signature is refused when missing under 002 and only advice under 000', async () => {
    const ofChangzhi = await open(changzhi);
    await fileCase(changzhi, ofChangzhi);
    const refused = await changzhi.handler.client.post(
      `/api/v1/cases/${ofChangzhi}/records`,
      unsigned(),
    );
    const problem = expectProblem(refused, 400, 'validation-failed');
    expect(problem.invalidParams.map((p) => p.name)).toContain('body.signature');

    const ofLiulin = await open(liulin);
    await addRecord(liulin.handler.client, ofLiulin, RECORDS.caseSource());
    expect((await transition(liulin, ofLiulin, 'file')).statusCode).toBe(200);
    const accepted = await addRecord(liulin.handler.client, ofLiulin, unsigned());
    const advice = (await caseFindings(liulin, ofLiulin)).find(
      (f) => f.ruleId === 'transcript-unsigned' && f.subjectId === accepted.id,
    );
    expect(advice?.severity).toBe('advice');
    expect(advice?.citations.map((c) => c.seed)).toEqual(['002', '003', '004']);
    // Advice never blocks: the case moves on with it.
    expect((await transition(liulin, ofLiulin, 'submit_for_decision')).statusCode).toBe(200);
  });
});
