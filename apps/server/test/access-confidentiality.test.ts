import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessWorld, type AccessWorld } from './support/access-world.ts';
import { openCaseBody, RECORDS, type AgencyFixture } from './support/case-fixtures.ts';
import type { Client } from './support/test-app.ts';

/**
 * Issue 7: confidentiality of a case and of a single record — identity numbers, phones and
 * the parties' addresses hidden from readers without need to know — and the external
 * readers a request may name.
 */

let world: AccessWorld;
let changshan: AgencyFixture;
let pingluo: AgencyFixture;
let people: Record<string, { client: Client; id: string }>;
let caseId: string;

beforeAll(async () => {
  world = await accessWorld();
  ({ changshan, pingluo, people, caseId } = world);
}, 120_000);
afterAll(() => world.close());

describe('a case holding personal privacy', () => {
  it("shows the parties' identity numbers and contacts only to those who need them", async () => {
    const opened = await changshan.handler.client.post('/api/v1/cases', {
      ...openCaseBody(changshan, { name: '某某个人信息保护案' }),
      confidentiality: 'personal_privacy',
      parties: [
        {
          kind: 'natural_person',
          name: '王五',
          residentId: '11010519491231002X',
          phone: '13812345678',
          address: '常山县天马街道某某路8号',
        },
      ],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().id;
    const partyFor = async (who: string) => {
      const detail = (await people[who]!.client.get(`/api/v1/cases/${id}`)).json();
      return { masked: detail.case.partiesMasked, party: detail.case.parties[0] };
    };
    expect(await partyFor('handler')).toMatchObject({
      masked: false,
      party: { residentId: '11010519491231002X', phone: '13812345678' },
    });
    expect(await partyFor('head')).toMatchObject({ masked: false });
    for (const who of ['colleague', 'supervisor']) {
      expect(await partyFor(who), who).toMatchObject({
        masked: true,
        party: {
          name: '王五',
          residentId: '110105********002X',
          phone: '138****5678',
          address: '常山县天马街****',
        },
      });
    }
    const listed = (await people.colleague!.client.get('/api/v1/cases?limit=200'))
      .json()
      .items.find((item: { id: string }) => item.id === id);
    expect(listed.parties[0].residentId).toBe('110105********002X');
  });
});

describe('a record holding a third party’s privacy', () => {
  it('hides identity numbers, phones and the parties’ address inside its text from readers without need', async () => {
    const form = RECORDS.launchForm();
    const content =
      '举报人陈七，身份证号 11010519491231002X，电话 139 1234 5678，住常山县天马街道某某路9号。';
    const made = await changshan.handler.client.post(`/api/v1/cases/${caseId}/records`, {
      ...form,
      fields: { ...form.fields, partyInformation: content },
      confidentiality: 'personal_privacy',
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      confidentiality: 'personal_privacy',
      contentMasked: false,
    });
    const id = made.json().id;

    const seenBy = async (who: string) => {
      const record = (await people[who]!.client.get(`/api/v1/records/${id}`)).json();
      const listed = (await people[who]!.client.get(`/api/v1/cases/${caseId}/records`))
        .json()
        .items.find((item: { id: string }) => item.id === id);
      const onCase = (await people[who]!.client.get(`/api/v1/cases/${caseId}`))
        .json()
        .records.find((item: { id: string }) => item.id === id);
      return { record, listed, onCase };
    };
    for (const who of ['handler', 'head', 'legal', 'archivist']) {
      const { record, listed, onCase } = await seenBy(who);
      for (const view of [record, listed, onCase]) {
        expect(view.contentMasked, who).toBe(false);
        expect(view.fields.partyInformation, who).toBe(content);
      }
    }
    for (const who of ['colleague', 'supervisor']) {
      const { record, listed, onCase } = await seenBy(who);
      for (const view of [record, listed, onCase]) {
        expect(view.contentMasked, who).toBe(true);
        expect(view.fields.partyInformation, who).toContain('110105********002X');
        expect(view.fields.partyInformation, who).toContain('139****5678');
        expect(view.fields.partyInformation, who).not.toContain('11010519491231002X');
        expect(view.fields.partyInformation, who).toContain('举报人陈七');
      }
    }

    // The stored original is unchanged, and a correction keeps its level unless told.
    const corrected = await changshan.handler.client.post(`/api/v1/records/${id}/corrections`, {
      madeAt: form.madeAt,
      fields: { ...form.fields, partyInformation: `${content}（更正笔误）` },
      reason: '更正笔误',
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.json().confidentiality).toBe('personal_privacy');
  });

  it('refuses a level that does not exist, such as a state secret', async () => {
    const refused = await changshan.handler.client.post(`/api/v1/cases/${caseId}/records`, {
      ...RECORDS.caseSource(),
      confidentiality: 'state_secret',
    });
    expect(refused.statusCode).toBe(400);
    // A state secret is told why it never belongs here (000 第十七条), not just "unknown level".
    expect(refused.json().invalidParams[0].reason).toContain('国家秘密');
    expect(refused.json().invalidParams[0].reason).toContain('第十七条');
    const unknown = await changshan.handler.client.post(`/api/v1/cases/${caseId}/records`, {
      ...RECORDS.caseSource(),
      confidentiality: 'top',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().invalidParams[0].reason).toContain('密级');
  });
});

describe('external readers', () => {
  it('finds people of other agencies by name or agency, never one’s own colleagues', async () => {
    const found = (
      await changshan.handler.client.get(
        `/api/v1/external-readers?q=${encodeURIComponent('平罗县')}`,
      )
    ).json();
    expect(found.items.length).toBeGreaterThan(0);
    expect(
      found.items.every((item: { agencyId: string }) => item.agencyId === pingluo.agencyId),
    ).toBe(true);
    const own = (
      await changshan.handler.client.get(`/api/v1/external-readers?q=${encodeURIComponent('常山')}`)
    ).json();
    expect(own.items).toEqual([]);
    expect((await people.supervisor!.client.get('/api/v1/external-readers?q=a')).statusCode).toBe(
      403,
    );
    const empty = await changshan.handler.client.get('/api/v1/external-readers?q=');
    expect(empty.statusCode).toBe(400);
  });
});
