import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageTexts } from '../src/copies/test-support/pdf-text.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import { pingluoAgency, type AgencyFixture } from './support/case-fixtures.ts';
import { caseAtDecision } from './support/decided-case.ts';
import { issue, recordOfType } from './support/documents-world.ts';
import {
  caseWithIssuedDocuments,
  issuedPdfBytes,
  sha256,
  type IssuedDocumentDetails,
} from './support/issued-documents.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { flat, pdfText } from './support/pdf-text.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let fixture: AgencyFixture;
let caseId: string;
let notice: IssuedDocumentDetails;
let register: IssuedDocumentDetails;
/** An agency that must learn nothing of 常山's case. */
let other: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = await signInAdmin(testApp);
  ({ fixture, caseId, notice, register } = await caseWithIssuedDocuments(testApp, admin));
  other = await pingluoAgency(testApp, admin);
});
afterAll(() => testApp.close());

async function viewsOf(documentId: string, form: string) {
  await testApp.ledger.settle();
  return (await entriesOf(testApp.database.db, logIdFor(fixture.agencyId))).filter(
    (entry) =>
      entry.action === 'document.viewed' &&
      entry.data.documentId === documentId &&
      entry.data.form === form,
  );
}

describe('batch print (批量打印)', () => {
  const print = (client: Client, documentIds: string[], id = caseId) =>
    client.post(`/api/v1/cases/${id}/documents/print`, { documentIds });

  it('merges the chosen documents in the order chosen, leaving the issued files as they were', async () => {
    const response = await print(fixture.handler.client, [register.id, notice.id]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const merged = await PDFDocument.load(response.rawPayload);
    expect(merged.getPageCount()).toBe(register.pageCount + notice.pageCount);
    expect(Number(response.headers['x-page-count'])).toBe(merged.getPageCount());
    const text = flat(await pdfText(response.rawPayload));
    expect(text.indexOf(register.number)).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(register.number)).toBeLessThan(text.indexOf(notice.number));

    for (const document of [notice, register]) {
      expect(sha256(await issuedPdfBytes(fixture.handler.client, document.id))).toBe(
        document.sha256,
      );
    }
    const [registerRead] = await viewsOf(register.id, 'print_batch');
    const [noticeRead] = await viewsOf(notice.id, 'print_batch');
    expect(registerRead?.data.batch).toEqual({ position: 1, size: 2 });
    expect(noticeRead?.data.batch).toEqual({ position: 2, size: 2 });
  });

  it('refuses an empty list, a repeated document, a document of another case and a void one', async () => {
    expectProblem(await print(fixture.handler.client, []), 400, 'validation-failed');
    expectProblem(
      await print(fixture.handler.client, [notice.id, notice.id]),
      400,
      'validation-failed',
    );
    const otherCase = await caseAtDecision(fixture);
    const foreign = await issue(
      fixture,
      await recordOfType(fixture.handler.client, otherCase, 'rights_notice'),
    );
    const refused = expectProblem(
      await print(fixture.handler.client, [notice.id, foreign.id]),
      422,
      'document-not-of-case',
    );
    expect(refused.detail).toContain(foreign.number);
    const voided = await fixture.handler.client.post(`/api/v1/documents/${foreign.id}/void`, {
      reason: '打印测试作废',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    expectProblem(
      await print(fixture.handler.client, [foreign.id], otherCase),
      409,
      'document-voided',
    );
  });

  it('is refused to an officer of another agency as if the case did not exist', async () => {
    expectProblem(await print(other.handler.client, [notice.id]), 404, 'not-found');
  });
});

describe('a party copy (当事人复制)', () => {
  const copy = (client: Client, documentId = notice.id) =>
    client.post(`/api/v1/documents/${documentId}/party-copy`);

  async function requestPartyCopy(subjectIds: string[] | undefined, permissions: string[]) {
    const response = await fixture.handler.client.post(`/api/v1/cases/${caseId}/access-requests`, {
      kind: 'party_copy',
      onBehalfOf: '王五',
      ...(subjectIds === undefined ? {} : { subjectIds }),
      permissions,
      reason: '当事人申请复制行政处罚事先告知书',
      until: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  }

  async function decide(requestId: string, approved: boolean) {
    const response = await fixture.chief.client.post(
      `/api/v1/access-requests/${requestId}/decision`,
      { approved },
    );
    expect(response.statusCode, response.body).toBe(200);
  }

  it('is refused without an approved party-copy request, even to the officer who may read it', async () => {
    const refused = expectProblem(
      await copy(fixture.handler.client),
      403,
      'party-copy-not-approved',
    );
    expect(refused.detail).toContain('001 第十二条');
    const pending = await requestPartyCopy([notice.id], ['evidence:download']);
    expectProblem(await copy(fixture.handler.client), 403, 'party-copy-not-approved');
    await decide(pending, false);
    expectProblem(await copy(fixture.handler.client), 403, 'party-copy-not-approved');
    // Approved, but for reading only: a copy needs 复制（下载）.
    await decide(await requestPartyCopy([notice.id], ['record:read']), true);
    expectProblem(await copy(fixture.handler.client), 403, 'party-copy-not-approved');
    expect(await viewsOf(notice.id, 'party_copy')).toEqual([]);
  });

  it('once approved, hands out a copy marked 复制件 with the party and the clerk, never the original', async () => {
    const requestId = await requestPartyCopy([notice.id], ['evidence:download']);
    await decide(requestId, true);
    const response = await copy(fixture.handler.client);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
      `${notice.number}行政处罚事先告知书（复制件）.pdf`,
    );
    const bytes = response.rawPayload;
    expect(sha256(bytes)).not.toBe(notice.sha256);
    // The mark is set in the standard CJK font (no ToUnicode map): pdftotext reads it only
    // with poppler-data's CMaps, pdf.js with its own, so the pages are read with pdf.js.
    const pages = await pdfPageTexts(bytes);
    expect(pages).toHaveLength(notice.pageCount);
    for (const page of pages) {
      expect(flat(page)).toContain('复制件交当事人王五经办人张三（cs.zhang）');
      expect(page).toContain('LIUHEN PARTY COPY by cs.zhang');
    }
    expect(flat(await pdfText(bytes))).toContain(notice.number);

    const [read] = await viewsOf(notice.id, 'party_copy');
    expect(read?.data.grantId).toBe(requestId);
    expect(read?.data.copy).toMatchObject({ sha256: sha256(bytes), sizeBytes: bytes.length });
    expect(String((read?.data.copy as { mark: string }).mark)).toContain('复制件 交当事人王五');
    // The grant named this document only.
    expectProblem(await copy(fixture.handler.client, register.id), 403, 'party-copy-not-approved');
  });

  it('covers a document through a request for its whole case, for its grantee only', async () => {
    await decide(await requestPartyCopy(undefined, ['evidence:download']), true);
    const response = await copy(fixture.handler.client, register.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(flat((await pdfPageTexts(response.rawPayload)).join(''))).toContain('复制件');
    expectProblem(
      await copy(fixture.assistant.client, register.id),
      403,
      'party-copy-not-approved',
    );
    expectProblem(await copy(other.handler.client, register.id), 404, 'not-found');
  });
});
