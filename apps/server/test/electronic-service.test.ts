import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logIdFor } from '../src/ledger/log-id.ts';
import { changshanAgency, pingluoAgency, type AgencyFixture } from './support/case-fixtures.ts';
import {
  DOCUMENT_SETTINGS,
  issuedRightsNotice,
  type IssuedDocumentView,
} from './support/documents-world.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { flat, pdfText } from './support/pdf-text.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

/**
 * Issue 16, point 6: 电子送达. An issued document sent as a link to the party's agreed address;
 * the first opening is the service, recorded and on the ledger, and the receipt states it.
 */
let testApp: TestApp;
let admin: Client;
let fixture: AgencyFixture;
let document: IssuedDocumentView;

const SEND = {
  recipientName: '赵六',
  address: '手机 139 0000 0000',
  consent: '当事人于立案当日签署送达地址确认书，同意电子送达',
};
const tokenOf = (link: string) => link.slice(link.lastIndexOf('/') + 1);
const party = (url: string, headers: Record<string, string> = {}) =>
  testApp.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  testApp = await createTestApp({ PUBLIC_URL: 'https://zhifa.example.gov.cn/' });
  admin = await signInAdmin(testApp);
  fixture = await changshanAgency(testApp, admin);
  await fixture.chief.client.put(
    `/api/v1/agencies/${fixture.agencyId}/document-settings`,
    DOCUMENT_SETTINGS,
  );
  ({ document } = await issuedRightsNotice(fixture));
});
afterAll(() => testApp.close());

describe('电子送达', () => {
  let link: string;
  let deliveryId: string;

  it('gives the officer a link under the public address, once', async () => {
    const sent = await fixture.handler.client.post(
      `/api/v1/documents/${document.id}/deliveries`,
      SEND,
    );
    expect(sent.statusCode, sent.body).toBe(201);
    link = sent.json().link;
    deliveryId = sent.json().delivery.id;
    expect(link).toMatch(/^https:\/\/zhifa\.example\.gov\.cn\/receive\/[A-Za-z0-9_-]{32}$/);
    expect(sent.json().delivery.deliveredAt).toBeNull();
    // The token is not kept: the list shows the delivery but never the link.
    const list = await fixture.handler.client.get(`/api/v1/documents/${document.id}/deliveries`);
    expect(list.body).not.toContain(tokenOf(link));
    expectProblem(
      await fixture.handler.client.get(`/api/v1/deliveries/${deliveryId}/receipt`),
      409,
      'delivery-not-yet-received',
    );
  });

  it('shows the party which document it is, and serves the issued bytes', async () => {
    const view = await party(`/api/v1/public/deliveries/${tokenOf(link)}`);
    expect(view.statusCode, view.body).toBe(200);
    expect(view.json()).toMatchObject({ number: document.number, deliveredAt: null });
    const opened = await party(`/api/v1/public/deliveries/${tokenOf(link)}/pdf`, {
      'user-agent': 'Mozilla/5.0 (iPhone) 微信',
    });
    expect(opened.statusCode).toBe(200);
    expect(createHash('sha256').update(opened.rawPayload).digest('hex')).toBe(document.sha256);
  });

  it('records the first opening as the service, on the ledger, and never moves it', async () => {
    const first = (
      await fixture.handler.client.get(`/api/v1/documents/${document.id}/deliveries`)
    ).json().items[0].deliveredAt as string;
    expect(first).not.toBeNull();
    testApp.advance(60_000);
    await party(`/api/v1/public/deliveries/${tokenOf(link)}/pdf`);
    const again = (
      await fixture.handler.client.get(`/api/v1/documents/${document.id}/deliveries`)
    ).json().items[0].deliveredAt;
    expect(again).toBe(first);
    await testApp.ledger.settle();
    const delivered = (await entriesOf(testApp.database.db, logIdFor(fixture.agencyId))).filter(
      (entry) => entry.action === 'document.delivered',
    );
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.actor.type).toBe('anonymous');
    expect(delivered[0]!.data.userAgent).toBe('Mozilla/5.0 (iPhone) 微信');
  });

  it('makes a receipt that names the document, its digest and the moment of service', async () => {
    const receipt = await fixture.handler.client.get(`/api/v1/deliveries/${deliveryId}/receipt`);
    expect(receipt.statusCode, receipt.body).toBe(200);
    const text = flat(await pdfText(receipt.rawPayload));
    expect(text).toContain('电子送达回执');
    expect(text).toContain(document.number);
    expect(text).toContain(document.sha256.slice(0, 32));
    expect(text).toContain('赵六');
    expect(text).toContain('当事人于立案当日签署送达地址确认书');
  });

  it('is sent only by those who work on the case, and checks what it is told', async () => {
    expectProblem(
      await fixture.handler.client.post(`/api/v1/documents/${document.id}/deliveries`, {
        ...SEND,
        consent: ' ',
      }),
      400,
      'validation-failed',
    );
    expectProblem(
      await fixture.legal.client.post(`/api/v1/documents/${document.id}/deliveries`, SEND),
      403,
      'forbidden',
    );
    const other = await pingluoAgency(testApp, admin);
    expectProblem(
      await other.handler.client.post(`/api/v1/documents/${document.id}/deliveries`, SEND),
      404,
      'not-found',
    );
  });

  it('does not send or serve a voided document', async () => {
    const sent = await fixture.handler.client.post(
      `/api/v1/documents/${document.id}/deliveries`,
      SEND,
    );
    await fixture.handler.client.post(`/api/v1/documents/${document.id}/void`, {
      reason: '告知内容有误',
    });
    expectProblem(
      await party(`/api/v1/public/deliveries/${tokenOf(sent.json().link)}/pdf`),
      410,
      'document-voided',
    );
    expectProblem(
      await fixture.handler.client.post(`/api/v1/documents/${document.id}/deliveries`, SEND),
      409,
      'document-voided',
    );
  });

  // Last: the clock moves a month, past every session.
  it('refuses a link that was never made, and an expired one not yet opened', async () => {
    expectProblem(
      await party('/api/v1/public/deliveries/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'),
      404,
      'delivery-link-invalid',
    );
    const { document: fresh } = await issuedRightsNotice(fixture);
    const sent = await fixture.handler.client.post(
      `/api/v1/documents/${fresh.id}/deliveries`,
      SEND,
    );
    expect(sent.statusCode, sent.body).toBe(201);
    testApp.advance(31 * 86_400_000);
    expectProblem(
      await party(`/api/v1/public/deliveries/${tokenOf(sent.json().link)}/pdf`),
      410,
      'delivery-link-expired',
    );
  });
});
