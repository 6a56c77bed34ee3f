import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeBundle } from '../src/ledger/bundle.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import { pingluoAgency, type AgencyFixture } from './support/case-fixtures.ts';
import { runCli } from './support/cli.ts';
import {
  caseWithIssuedDocuments,
  issuedPdfBytes,
  type IssuedDocumentDetails,
} from './support/issued-documents.ts';
import { entriesOf } from './support/ledger-helpers.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let fixture: AgencyFixture;
let notice: IssuedDocumentDetails;
let register: IssuedDocumentDetails;
let workDir: string;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = await signInAdmin(testApp);
  ({ fixture, notice, register } = await caseWithIssuedDocuments(testApp, admin));
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-document-verify-'));
});
afterAll(async () => {
  await testApp.close();
  await rm(workDir, { recursive: true, force: true });
});

async function proofOf(documentId: string) {
  return fixture.handler.client.get(`/api/v1/documents/${documentId}/proof`);
}

/** Writes the files into the work folder and runs `liuhen document verify` with no settings. */
async function verify(pdf: Uint8Array, bundle: string | Uint8Array, ...extra: string[]) {
  const pdfFile = path.join(workDir, 'document.pdf');
  const bundleFile = path.join(workDir, 'document.proof.json');
  await writeFile(pdfFile, pdf);
  await writeFile(bundleFile, bundle);
  return runCli(['document', 'verify', pdfFile, '--bundle', bundleFile, ...extra], {}, workDir);
}

describe('a document proof bundle (核验包)', () => {
  it('is refused, with try again, until a signed checkpoint covers the issuing', async () => {
    expectProblem(await proofOf(notice.id), 409, 'ledger-entry-not-checkpointed');
  });

  it('is the canonical bundle of the document.issued entry, and its download is ledgered', async () => {
    await testApp.ledger.settle();
    const response = await proofOf(notice.id);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('application/json');
    expect(decodeURIComponent(String(response.headers['content-disposition']))).toContain(
      `${notice.number}.proof.json`,
    );
    // Served byte for byte as the file verify-bundle accepts: no re-serialisation.
    expect(response.body).toBe(serializeBundle(response.json()));
    await testApp.ledger.settle();
    const entries = await entriesOf(testApp.database.db, logIdFor(fixture.agencyId));
    expect(
      entries.some(
        (entry) =>
          entry.action === 'document.viewed' &&
          entry.data.documentId === notice.id &&
          entry.data.form === 'proof_bundle',
      ),
    ).toBe(true);
  });

  it('is refused to an officer of another agency as if the document did not exist', async () => {
    const other = await pingluoAgency(testApp, admin);
    expectProblem(
      await other.handler.client.get(`/api/v1/documents/${notice.id}/proof`),
      404,
      'not-found',
    );
  });
});

describe('liuhen document verify', () => {
  let pdf: Buffer;
  let bundle: string;

  beforeAll(async () => {
    await testApp.ledger.settle();
    pdf = await issuedPdfBytes(fixture.handler.client, notice.id);
    bundle = (await proofOf(notice.id)).body;
  });

  it('confirms the issued PDF offline and names the 文号, title, agency and issue time', async () => {
    const result = await verify(pdf, bundle);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain('核验通过 VALID');
    expect(result.output).toContain(`文号 ${notice.number}`);
    expect(result.output).toContain('文书 行政处罚事先告知书');
    expect(result.output).toContain('签发机关 常山县综合行政执法局');
    expect(result.output).toMatch(/签发时间 \d{4}年\d{1,2}月\d{1,2}日\d{1,2}时\d{2}分（北京时间）/);
    expect(result.output).toContain('未指定 --public-key');
  });

  it('checks the signing key against the one pinned, by key, key id or the published list', async () => {
    const keys = (await testApp.app.inject({ url: '/api/v1/public/ledger/keys' })).json() as {
      items: { keyId: string; publicKey: string }[];
    };
    const [key] = keys.items;
    const keysFile = path.join(workDir, 'keys.json');
    await writeFile(keysFile, JSON.stringify(keys));
    for (const pinned of [key!.publicKey, key!.keyId, keysFile]) {
      const result = await verify(pdf, bundle, '--public-key', pinned);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain('与指定公钥一致');
    }
    const wrong = await verify(
      pdf,
      bundle,
      '--public-key',
      'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
    );
    expect(wrong.code).toBe(1);
    expect(wrong.output).toContain('不是指定的公钥');
    expect(wrong.output).toContain('not by the pinned key');
  });

  it('rejects the PDF with one byte changed', async () => {
    const altered = Buffer.from(pdf);
    altered[Math.floor(altered.length / 2)]! ^= 0x01;
    const result = await verify(altered, bundle);
    expect(result.code).toBe(1);
    expect(result.output).toContain('核验失败 INVALID');
    expect(result.output).toContain('PDF 与签发的文书不一致');
    expect(result.output).toContain('the PDF is not the issued document');
  });

  it("rejects another document's bundle, and a bundle of an entry that is no issuing", async () => {
    const another = (await proofOf(register.id)).body;
    const mismatched = await verify(pdf, another);
    expect(mismatched.code).toBe(1);
    expect(mismatched.output).toContain('PDF 与签发的文书不一致');

    const log = logIdFor(fixture.agencyId);
    const first = await fixture.chief.client.get(`/api/v1/ledger/logs/${log}/entries/0`);
    expect(first.statusCode, first.body).toBe(200);
    expect(JSON.parse(Buffer.from(first.json().entry, 'base64').toString()).action).not.toBe(
      'document.issued',
    );
    const notIssuing = await verify(pdf, serializeBundle(first.json()));
    expect(notIssuing.code).toBe(1);
    expect(notIssuing.output).toContain('证明包记录的不是文书签发');
    expect(notIssuing.output).toContain('not document.issued');
  });

  it('rejects a tampered bundle', async () => {
    const tampered = Buffer.from(bundle);
    tampered[Math.floor(tampered.length / 2)]! ^= 0x01;
    const result = await verify(pdf, tampered);
    expect(result.code).toBe(1);
    expect(result.output).toContain('证明包无效');
    expect(result.output).toContain('invalid proof bundle');
  });

  it('says how to use it when the bundle is not given', async () => {
    const result = await runCli(['document', 'verify', 'document.pdf'], {}, workDir);
    expect(result.code).toBe(2);
    expect(result.output).toContain('用法: liuhen document verify');
  });
});
