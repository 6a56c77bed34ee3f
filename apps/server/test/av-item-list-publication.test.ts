import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIdFor } from '../src/ledger/log-id.ts';
import { agencyWithOfficers, type AgencyFixture } from './support/case-fixtures.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { refusal } from './support/refusal.ts';
import { rows } from './support/rows.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * 音像记录事项清单 向社会公开 (003 第十八条) as an act: the agency head publishes the list in
 * force; the public page shows the newest publication as it was published (not the list in
 * force), and nothing before the first; each publication is on the agency's ledger with the
 * profile version and the list's SHA-256.
 */
let testApp: TestApp;
let admin: Client;
/** 德宏州 under seed 003, whose 第十八条 asks for the list to be made public. */
let dehong: AgencyFixture;
let other: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  admin = await signInAdmin(testApp);
  dehong = await agencyWithOfficers(testApp, admin, {
    name: '德宏州市场监督管理局',
    code: '德市监',
    profileId: 'seed-003',
    prefix: 'dh',
  });
  other = await agencyWithOfficers(testApp, admin, {
    name: '平罗县退役军人事务局',
    code: '平退役',
    prefix: 'pl',
  });
}, 300_000);
afterAll(() => testApp.close());

const publications = (fixture: AgencyFixture) =>
  `/api/v1/agencies/${fixture.agencyId}/av-item-list/publications`;
const publicPage = (fixture: AgencyFixture) =>
  testApp.app.inject({
    method: 'GET',
    url: `/api/v1/public/agencies/${fixture.agencyId}/av-item-list`,
  });

async function publicationRows() {
  const [row] = await rows<{ n: number }>(
    testApp.database.db.execute(sql`select count(*)::int as n from av_item_list_publications`),
  );
  return row!.n;
}

describe('publishing the 音像记录事项清单', () => {
  it('shows the public nothing before the first publication', async () => {
    expectProblem(await publicPage(dehong), 404, 'av-item-list-not-published');
    const history = await dehong.handler.client.get(publications(dehong));
    expect(history.statusCode).toBe(200);
    expect(history.json()).toMatchObject({
      inForce: { profileId: 'seed-003', version: null, itemCount: expect.any(Number) },
      items: [],
    });
    expectProblem(
      await testApp.app.inject({
        method: 'GET',
        url: '/api/v1/public/agencies/00000000-0000-4000-8000-000000000000/av-item-list',
      }),
      404,
      'not-found',
    );
  });

  it('is the agency head’s act: anyone else is refused and nothing is written', async () => {
    const body = { expectedVersion: null };
    expectProblem(await dehong.handler.client.post(publications(dehong), body), 403, 'forbidden');
    expectProblem(await dehong.head.client.post(publications(dehong), body), 403, 'forbidden');
    expectProblem(await admin.post(publications(dehong), body), 403, 'forbidden');
    expectProblem(await other.chief.client.post(publications(dehong), body), 404, 'not-found');
    expectProblem(
      await dehong.chief.client.post(publications(dehong), { expectedVersion: 'latest' }),
      400,
      'validation-failed',
    );
    expect(await publicationRows()).toBe(0);
  });

  it('makes the list in force public, with when and by whom, and ledgers it', async () => {
    const published = await dehong.chief.client.post(publications(dehong), {
      expectedVersion: null,
    });
    expect(published.statusCode, published.body).toBe(201);
    const publication = published.json();
    expect(publication).toMatchObject({
      profileId: 'seed-003',
      profileVersion: null,
      publishedBy: { id: dehong.chief.id, name: '周局长' },
    });
    expect(publication.sha256).toMatch(/^[0-9a-f]{64}$/);

    const page = await publicPage(dehong);
    expect(page.statusCode).toBe(200);
    expect(page.json()).toMatchObject({
      agencyName: '德宏州市场监督管理局',
      profileId: 'seed-003',
      version: null,
      publishedAt: publication.publishedAt,
      sha256: publication.sha256,
    });
    expect(page.json().items.length).toBe(publication.itemCount);

    await testApp.ledger.settle();
    const entries = await entriesOf(testApp.database.db, logIdFor(dehong.agencyId));
    const entry = entries.find((e) => e.action === 'profile.av_item_list_published');
    expect(entry).toMatchObject({
      target: { type: 'agency_profile', id: 'seed-003' },
      data: {
        publicationId: publication.id,
        profileId: 'seed-003',
        version: null,
        items: publication.itemCount,
      },
    });
    expect((entry as unknown as { hashes: unknown[] }).hashes).toEqual([
      { name: 'av-item-list.json', algorithm: 'sha256', hex: publication.sha256 },
    ]);
  });

  it('is not repeated for a list already public', async () => {
    expectProblem(
      await dehong.chief.client.post(publications(dehong), { expectedVersion: null }),
      409,
      'av-item-list-already-published',
    );
    expect(await publicationRows()).toBe(1);
  });

  it('keeps the public page on the published version until the head publishes a new one', async () => {
    const before = (await publicPage(dehong)).json();
    const own = `/api/v1/agencies/${dehong.agencyId}/own-profile`;
    const copied = await dehong.chief.client.post(own, { basedOn: 'seed-003' });
    expect(copied.statusCode).toBe(201);
    const { id: _id, seed: _seed, ...profile } = copied.json().profile;
    const saved = await dehong.chief.client.post(`${own}/versions`, {
      expectedVersion: 1,
      note: '增加听证',
      profile: {
        ...profile,
        mandatoryAvActs: [
          ...profile.mandatoryAvActs,
          {
            value: '举行听证',
            citation: { seed: '003', article: '第十八条' },
            situations: ['hearing'],
          },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(201);

    // Saved, not published: the public still reads what was published.
    expect((await publicPage(dehong)).json()).toEqual(before);
    const history = (await dehong.chief.client.get(publications(dehong))).json();
    expect(history.inForce).toMatchObject({ profileId: `agency-${dehong.agencyId}`, version: 2 });
    expect(history.inForce.sha256).not.toBe(history.items[0].sha256);

    // Confirmed on version 1 while 2 is in force: refused, so what is public is what was seen.
    expectProblem(
      await dehong.chief.client.post(publications(dehong), { expectedVersion: 1 }),
      409,
      'av-item-list-changed',
    );
    const second = await dehong.chief.client.post(publications(dehong), { expectedVersion: 2 });
    expect(second.statusCode, second.body).toBe(201);
    const page = (await publicPage(dehong)).json();
    expect(page).toMatchObject({ version: 2, publishedAt: second.json().publishedAt });
    expect(page.items.at(-1)).toMatchObject({ value: '举行听证' });

    const listed = (await dehong.handler.client.get(publications(dehong))).json();
    expect(listed.items.map((p: { profileVersion: number | null }) => p.profileVersion)).toEqual([
      2,
      null,
    ]);
    expect(listed.inForce.sha256).toBe(listed.items[0].sha256);
  });

  it('keeps what was published: the rows refuse change', async () => {
    expect(await refusal(testApp, sql`update av_item_list_publications set sha256 = 'x'`)).toMatch(
      /append-only/,
    );
    expect(await refusal(testApp, sql`delete from av_item_list_publications`)).toMatch(
      /append-only/,
    );
  });
});
