import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../src/copies/test-support/pdf-text.ts';
import { accessWorld, type AccessWorld } from './support/access-world.ts';
import { RECORDS, type AgencyFixture } from './support/case-fixtures.ts';
import type { Client, TestApp } from './support/test-app.ts';

/**
 * Issue 7, "Done when": each role × each action, on a case of the person's own department,
 * of another department and of another agency, through the HTTP API, without and with a
 * grant. Another agency's ids answer 404, as if they did not exist; inside the agency a
 * refusal is 403 with the reason.
 */

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

let world: AccessWorld;
let testApp: TestApp;
let pingluo: AgencyFixture;
let people: Record<string, { client: Client; id: string }>;
let caseId: string;
let recordId: string;
let avRecordId: string;

beforeAll(async () => {
  world = await accessWorld();
  ({ testApp, pingluo, people, caseId, recordId, avRecordId } = world);
}, 120_000);
afterAll(() => world.close());

type Outcome = 'Y' | 'N' | 'H';

/** Each action through its real route; 2xx → Y, 403 → N, 404 → H. */
const ACTIONS: Record<string, (client: Client) => Promise<{ statusCode: number; body: string }>> = {
  'case:read': (client) => client.get(`/api/v1/cases/${caseId}`),
  'record:read': (client) => client.get(`/api/v1/records/${recordId}`),
  'case:work': (client) =>
    client.post(`/api/v1/cases/${caseId}/records`, {
      ...RECORDS.caseSource(),
      madeAt: new Date().toISOString(),
    } as never),
  'evidence:view': (client) =>
    client.post(`/api/v1/av-records/${avRecordId}/access`, { purpose: 'view', reason: '复核' }),
  'evidence:download': (client) =>
    client.post(`/api/v1/av-records/${avRecordId}/access`, {
      purpose: 'download',
      reason: '复制存档',
    }),
};

function outcomeOf(statusCode: number): Outcome | number {
  if (statusCode >= 200 && statusCode < 300) return 'Y';
  if (statusCode === 403) return 'N';
  if (statusCode === 404) return 'H';
  return statusCode;
}

/** Own department (handler's case is in department 1), other department, other agency. */
const MATRIX: Record<string, Record<keyof typeof ACTIONS, Outcome>> = {
  handler: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'Y',
    'evidence:view': 'Y',
    'evidence:download': 'Y',
  },
  assistant: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'Y',
    'evidence:view': 'Y',
    'evidence:download': 'Y',
  },
  colleague: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'N',
    'evidence:view': 'N',
    'evidence:download': 'N',
  },
  head: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'Y',
    'evidence:view': 'Y',
    'evidence:download': 'Y',
  },
  chief: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'Y',
    'evidence:view': 'Y',
    'evidence:download': 'Y',
  },
  legal: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'N',
    'evidence:view': 'Y',
    'evidence:download': 'N',
  },
  archivist: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'N',
    'evidence:view': 'Y',
    'evidence:download': 'Y',
  },
  otherOfficer: {
    'case:read': 'N',
    'record:read': 'N',
    'case:work': 'N',
    'evidence:view': 'N',
    'evidence:download': 'N',
  },
  otherHead: {
    'case:read': 'N',
    'record:read': 'N',
    'case:work': 'N',
    'evidence:view': 'N',
    'evidence:download': 'N',
  },
  otherAgencyChief: {
    'case:read': 'H',
    'record:read': 'H',
    'case:work': 'H',
    'evidence:view': 'H',
    'evidence:download': 'H',
  },
  otherAgencyOfficer: {
    'case:read': 'H',
    'record:read': 'H',
    'case:work': 'H',
    'evidence:view': 'H',
    'evidence:download': 'H',
  },
  supervisor: {
    'case:read': 'Y',
    'record:read': 'Y',
    'case:work': 'N',
    'evidence:view': 'Y',
    'evidence:download': 'N',
  },
  otherSupervisor: {
    'case:read': 'H',
    'record:read': 'H',
    'case:work': 'H',
    'evidence:view': 'H',
    'evidence:download': 'H',
  },
};

async function matrixRow(who: string) {
  const row: Record<string, Outcome | number> = {};
  for (const [action, run] of Object.entries(ACTIONS)) {
    row[action] = outcomeOf((await run(people[who]!.client)).statusCode);
  }
  return row;
}

async function listed(who: string): Promise<boolean> {
  const items = (await people[who]!.client.get('/api/v1/cases?limit=200')).json().items as {
    id: string;
  }[];
  return items.some((item) => item.id === caseId);
}

describe('who may do what, through the API', () => {
  for (const who of Object.keys(MATRIX)) {
    it(`${who}: as the matrix says, and the case list agrees with reading`, async () => {
      expect(await matrixRow(who)).toEqual(MATRIX[who]);
      expect(await listed(who)).toBe(MATRIX[who]!['case:read'] === 'Y');
    });
  }

  it('tells the web what each reader may do', async () => {
    const abilities = async (who: string) =>
      (await people[who]!.client.get(`/api/v1/cases/${caseId}`)).json().abilities as string[];
    expect(await abilities('handler')).toEqual(
      expect.arrayContaining(['case:work', 'evidence:view', 'evidence:download']),
    );
    const colleague = await abilities('colleague');
    expect(colleague).toContain('access:request');
    expect(colleague).not.toContain('evidence:view');
    expect(await abilities('supervisor')).toEqual(['case:read', 'record:read', 'evidence:view']);
  });

  it('tells a colleague refused a recording why, and whom to ask', async () => {
    const refused = await ACTIONS['evidence:view']!(people.colleague!.client);
    expect(JSON.parse(refused.body).detail).toContain('承办机构负责人批准');
  });
});

describe("access beyond one's own", () => {
  it("is granted by the collecting department's head, for the material asked, until it is revoked", async () => {
    const asked = await people.otherOfficer!.client.post(
      `/api/v1/cases/${caseId}/access-requests`,
      {
        kind: 'beyond_permission',
        subjectIds: [avRecordId],
        permissions: ['case:read', 'evidence:view'],
        reason: '比对同一当事人在二中队的案件',
        until: iso(Date.now() + 24 * HOUR),
      },
    );
    expect(asked.statusCode, asked.body).toBe(201);
    const request = asked.json();
    expect(request.status).toBe('pending');

    // Neither another department's head nor the requester himself may decide it.
    const wrongHead = await people.otherHead!.client.post(
      `/api/v1/access-requests/${request.id}/decision`,
      { approved: true },
    );
    expect(wrongHead.statusCode).toBe(403);
    const toDecide = (await people.head!.client.get('/api/v1/access-requests')).json().toDecide;
    expect(toDecide.map((item: { id: string }) => item.id)).toContain(request.id);
    const approved = await people.head!.client.post(
      `/api/v1/access-requests/${request.id}/decision`,
      { approved: true, comment: '同意，限查看' },
    );
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().status).toBe('approved');
    const again = await people.chief!.client.post(
      `/api/v1/access-requests/${request.id}/decision`,
      {
        approved: false,
      },
    );
    expect(again.statusCode).toBe(409);

    // The recording asked for, and nothing else of the case.
    expect(await matrixRow('otherOfficer')).toEqual({
      ...MATRIX.otherOfficer,
      'evidence:view': 'Y',
    });
    expect(await listed('otherOfficer')).toBe(false);
    const grant = await ACTIONS['evidence:view']!(people.otherOfficer!.client);
    const url = JSON.parse(grant.body).url as string;
    expect((await people.otherOfficer!.client.get(url)).statusCode).toBe(200);

    await testApp.ledger.settle();
    const history = await people.head!.client.get(`/api/v1/cases/${caseId}/access-history`);
    expect(history.statusCode).toBe(200);
    const viewing = history
      .json()
      .items.filter(
        (item: { action: string; actor: { username: string } }) =>
          item.action === 'av_record.accessed' && item.actor.username === 'cs.zhao',
      );
    // Two views above (the matrix row, then the one whose link was played), both under the grant.
    expect(viewing).toHaveLength(2);
    for (const item of viewing) {
      expect(item).toMatchObject({ grantId: request.id, purpose: 'view', reason: '复核' });
    }
    const csv = await people.head!.client.get(`/api/v1/cases/${caseId}/access-history.csv`);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body.startsWith('\uFEFF时间（北京时间）,事项,人员,姓名')).toBe(true);
    expect(csv.body).toContain(
      `查看或下载音像记录,cs.zhao,赵六,av_record:${avRecordId},查看,复核,${request.id}`,
    );
    expect(csv.body).toContain('提交调阅申请,cs.zhao,赵六');
    const pdf = await people.head!.client.get(`/api/v1/cases/${caseId}/access-history.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('filename*=UTF-8');
    const pages = (await pdfPageTexts(pdf.rawPayload)).join('\n').replace(/\s+/g, '');
    expect(pages).toContain('案件访问记录');
    expect(pages).toContain('赵六（cs.zhao）');
    expect(pages).toContain('提交调阅申请');
    expect(pages).toContain(request.id.slice(0, 8));
    const historyLines = history.json().items.length;
    expect(pages).toContain(`共${historyLines}条`);
    expect(
      (await people.colleague!.client.get(`/api/v1/cases/${caseId}/access-history.pdf`)).statusCode,
    ).toBe(403);
    expect(
      (await people.colleague!.client.get(`/api/v1/cases/${caseId}/access-history`)).statusCode,
    ).toBe(403);

    const revoked = await people.head!.client.post(
      `/api/v1/access-requests/${request.id}/revocation`,
      { reason: '比对已完成' },
    );
    expect(revoked.json().status).toBe('revoked');
    // At once: the link handed out before stops serving, and nothing more is granted.
    expect((await people.otherOfficer!.client.get(url)).statusCode).toBe(403);
    expect(await matrixRow('otherOfficer')).toEqual(MATRIX.otherOfficer);
    expect(await listed('otherOfficer')).toBe(false);
  });

  it('ends when its time runs out, at once', async () => {
    const asked = (
      await people.colleague!.client.post(`/api/v1/cases/${caseId}/access-requests`, {
        kind: 'beyond_permission',
        permissions: ['evidence:view'],
        reason: '学习现场检查规范',
        until: iso(Date.now() + 2 * HOUR),
      })
    ).json();
    await people.head!.client.post(`/api/v1/access-requests/${asked.id}/decision`, {
      approved: true,
      validUntil: iso(Date.now() + 60_000),
    });
    expect(outcomeOf((await ACTIONS['evidence:view']!(people.colleague!.client)).statusCode)).toBe(
      'Y',
    );
    testApp.advance(61_000);
    try {
      expect(
        outcomeOf((await ACTIONS['evidence:view']!(people.colleague!.client)).statusCode),
      ).toBe('N');
      const view = (
        await people.colleague!.client.get(`/api/v1/access-requests/${asked.id}`)
      ).json();
      expect(view.status).toBe('expired');
    } finally {
      testApp.advance(-61_000);
    }
  });

  it('lets another agency on the platform read the case once its agency head approves', async () => {
    const asked = await people.archivist!.client.post(`/api/v1/cases/${caseId}/access-requests`, {
      kind: 'external_agency',
      onBehalfOf: '平罗县退役军人事务局（协查函〔2026〕12号）',
      granteeId: people.otherAgencyChief!.id,
      permissions: ['case:read', 'record:read'],
      reason: '协查当事人违法记录',
      until: iso(Date.now() + 24 * HOUR),
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const id = asked.json().id;
    expect(
      (await people.head!.client.post(`/api/v1/access-requests/${id}/decision`, { approved: true }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await people.chief!.client.post(`/api/v1/access-requests/${id}/decision`, {
          approved: true,
        })
      ).statusCode,
    ).toBe(200);
    expect(await matrixRow('otherAgencyChief')).toEqual({
      'case:read': 'Y',
      'record:read': 'Y',
      'case:work': 'N',
      'evidence:view': 'N',
      'evidence:download': 'N',
    });
    // The other agency's other people still do not see it.
    expect(await matrixRow('otherAgencyOfficer')).toEqual(MATRIX.otherAgencyOfficer);
  });

  it('refuses requests that cannot be right, each named', async () => {
    const post = (body: object) =>
      people.otherOfficer!.client.post(`/api/v1/cases/${caseId}/access-requests`, body as never);
    const base = {
      kind: 'beyond_permission',
      permissions: ['evidence:view'],
      reason: '比对',
      until: iso(Date.now() + HOUR),
    };
    expect((await post({ ...base, until: iso(Date.now() + 40 * 24 * HOUR) })).statusCode).toBe(400);
    expect((await post({ ...base, subjectIds: [pingluo.agencyId] })).statusCode).toBe(400);
    expect((await post({ ...base, permissions: ['case:work'] })).statusCode).toBe(400);
    expect((await post({ ...base, kind: 'party_copy' })).statusCode).toBe(400);
    expect(
      (
        await people.otherAgencyOfficer!.client.post(
          `/api/v1/cases/${caseId}/access-requests`,
          base,
        )
      ).statusCode,
    ).toBe(404);
  });
});
