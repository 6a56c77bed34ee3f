import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { images, withPdf } from '../src/documents/pdf/test-support/poppler.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import { makePng, signaturePng } from '../src/media/test-support/make-png.ts';
import {
  addRecord,
  changshanAgency,
  fileCase,
  inquiryTranscript,
  openCaseBody,
  pingluoAgency,
  type AgencyFixture,
} from './support/case-fixtures.ts';
import { entriesOf, type StoredEntry } from './support/ledger-helpers.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let fixture: AgencyFixture;
let other: AgencyFixture;
let caseId: string;
let transcriptId: string;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const sm3 = (bytes: Uint8Array) => createHash('sm3').update(bytes).digest('hex');

const partyPng = signaturePng(300, 100);
const officersPng = signaturePng(360, 120, 4);

function sign(client: Client, recordId: string, body: Record<string, unknown>) {
  return client.post(`/api/v1/records/${recordId}/signatures`, {
    role: 'party',
    signerName: '赵六',
    method: 'screen',
    imagePng: partyPng.toString('base64'),
    ...body,
  });
}

async function ledgerEntries() {
  await testApp.ledger.settle();
  return (await entriesOf(testApp.database.db, logIdFor(fixture.agencyId))) as (StoredEntry & {
    hashes: { name: string; algorithm: string; hex: string }[];
  })[];
}

async function openCaseWithTranscript(transcript: object = inquiryTranscript()) {
  const handler = fixture.handler.client;
  const opened = await handler.post('/api/v1/cases', openCaseBody(fixture));
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  await fileCase(fixture, id);
  const record = await addRecord(handler, id, transcript);
  return { caseId: id, recordId: record.id };
}

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '1000' });
  const admin = await signInAdmin(testApp);
  fixture = await changshanAgency(testApp, admin);
  other = await pingluoAgency(testApp, admin);
  ({ caseId, recordId: transcriptId } = await openCaseWithTranscript());
});
afterAll(() => testApp.close());

describe('capturing a signature', () => {
  let partyId: string;

  it('lists the lines the transcript prints before anyone signs', async () => {
    const list = await fixture.handler.client.get(`/api/v1/records/${transcriptId}/signatures`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toEqual({
      roles: [
        { role: 'party', label: '当事人（签名）' },
        { role: 'officers', label: '执法人员（签名）' },
      ],
      issuedNumber: null,
      items: [],
    });
  });

  it('stores the party’s and the officers’ images write-once, their digests on the ledger', async () => {
    const party = await sign(fixture.handler.client, transcriptId, {
      imagePng: `data:image/png;base64,${partyPng.toString('base64')}`,
    });
    expect(party.statusCode, party.body).toBe(201);
    partyId = party.json().id;
    expect(party.json()).toMatchObject({
      recordId: transcriptId,
      role: 'party',
      roleLabel: '当事人（签名）',
      signerName: '赵六',
      method: 'screen',
      capturedBy: { id: fixture.handler.id, name: '张三' },
      supersedesId: null,
      current: true,
      evidenceObject: {
        sha256: sha256(partyPng),
        sm3: sm3(partyPng),
        sizeBytes: partyPng.length,
        mediaType: 'image/png',
        media: { width: 300, height: 100, formatName: 'png' },
      },
    });
    const officers = await sign(fixture.assistant.client, transcriptId, {
      role: 'officers',
      signerName: '张三、李四',
      imagePng: officersPng.toString('base64'),
    });
    expect(officers.statusCode, officers.body).toBe(201);

    const entries = await ledgerEntries();
    const captured = entries.find(
      (entry) => entry.action === 'signature.captured' && entry.data.signatureId === partyId,
    );
    expect(captured?.target).toEqual({ type: 'record_signature', id: partyId });
    expect(captured?.hashes).toEqual([
      { name: 'signature:party', algorithm: 'sha256', hex: sha256(partyPng) },
      { name: 'signature:party', algorithm: 'sm3', hex: sm3(partyPng) },
    ]);
    expect(captured?.data).toMatchObject({ role: 'party', method: 'screen', width: 300 });
    // The ledger outlives the record: no names in it.
    expect(JSON.stringify(captured)).not.toContain('赵六');
    expect(
      entries.some(
        (entry) =>
          entry.action === 'evidence.stored' &&
          entry.data.source === 'signature' &&
          entry.data.sha256 === sha256(officersPng),
      ),
    ).toBe(true);
  });

  it('serves the image as stored, to a reader of the record, and ledgers the read', async () => {
    const image = await fixture.head.client.get(`/api/v1/signatures/${partyId}/image`);
    expect(image.statusCode, image.body).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(sha256(image.rawPayload)).toBe(sha256(partyPng));
    const entries = await ledgerEntries();
    expect(
      entries.some(
        (entry) =>
          entry.action === 'signature.viewed' &&
          entry.data.signatureId === partyId &&
          entry.actor.type === 'user' &&
          entry.actor.id === fixture.head.id,
      ),
    ).toBe(true);
  });

  it('keeps both when a line is signed again; the newest counts', async () => {
    const again = await sign(fixture.handler.client, transcriptId, {
      imagePng: signaturePng(310, 100).toString('base64'),
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ supersedesId: partyId, current: true });
    const list = (
      await fixture.handler.client.get(`/api/v1/records/${transcriptId}/signatures`)
    ).json();
    expect(
      list.items.map((item: { role: string; current: boolean }) => [item.role, item.current]),
    ).toEqual([
      ['party', false],
      ['officers', true],
      ['party', true],
    ]);
  });

  it('refuses an image that is not a PNG, blank, too large or too wide, in words', async () => {
    const client = fixture.handler.client;
    const notPng = expectProblem(
      await sign(client, transcriptId, { imagePng: Buffer.from('GIF89a…').toString('base64') }),
      400,
      'signature-image-invalid',
    );
    expect(notPng.detail).toContain('不是有效的 PNG 图片');
    const truncated = partyPng.subarray(0, partyPng.length - 20);
    expectProblem(
      await sign(client, transcriptId, { imagePng: truncated.toString('base64') }),
      400,
      'signature-image-invalid',
    );
    const blank = makePng({ width: 300, height: 100, pixel: () => [0, 0, 0, 0] });
    expect(
      expectProblem(
        await sign(client, transcriptId, { imagePng: blank.toString('base64') }),
        400,
        'signature-image-blank',
      ).detail,
    ).toContain('没有笔迹');
    const big = Buffer.concat([partyPng, Buffer.alloc(600 * 1024)]);
    const tooBig = expectProblem(
      await sign(client, transcriptId, { imagePng: big.toString('base64') }),
      400,
      'validation-failed',
    );
    expect(tooBig.detail).toContain('512 KB');
    const wide = makePng({ width: 4100, height: 10, colour: 0, pixel: (x) => [x % 256] });
    expect(
      expectProblem(
        await sign(client, transcriptId, { imagePng: wide.toString('base64') }),
        400,
        'signature-image-too-large',
      ).detail,
    ).toContain('4100×10');
    expectProblem(
      await sign(client, transcriptId, { imagePng: 'not base64!' }),
      400,
      'validation-failed',
    );
  });

  it('refuses a line the document does not have, or an unknown one', async () => {
    const refused = expectProblem(
      await sign(fixture.handler.client, transcriptId, { role: 'recipient' }),
      422,
      'signature-role-not-on-document',
    );
    expect(refused.detail).toContain('当事人（签名）、执法人员（签名）');
    expectProblem(
      await sign(fixture.handler.client, transcriptId, { role: 'judge' }),
      400,
      'validation-failed',
    );
    expectProblem(
      await sign(fixture.handler.client, transcriptId, { method: 'fax' }),
      400,
      'validation-failed',
    );
  });

  it('refuses the party’s signature on a transcript that records a refusal to sign', async () => {
    const at = new Date().toISOString();
    const { recordId } = await openCaseWithTranscript({
      ...inquiryTranscript(at),
      signature: { kind: 'refused', note: '当事人拒绝签字，由见证人孙七在场见证。', at },
    });
    expectProblem(
      await sign(fixture.handler.client, recordId, {}),
      409,
      'signature-refused-on-record',
    );
    const officers = await sign(fixture.handler.client, recordId, { role: 'officers' });
    expect(officers.statusCode, officers.body).toBe(201);
  });

  it('is refused to another agency as if the record did not exist, and to a reader who only reads', async () => {
    expectProblem(await sign(other.handler.client, transcriptId, {}), 404, 'not-found');
    expectProblem(
      await other.handler.client.get(`/api/v1/records/${transcriptId}/signatures`),
      404,
      'not-found',
    );
    expectProblem(
      await other.handler.client.get(`/api/v1/signatures/${partyId}/image`),
      404,
      'not-found',
    );
    // The legal reviewer reads the case but does not work on it.
    expectProblem(await sign(fixture.legal.client, transcriptId, {}), 403, 'forbidden');
    const list = await fixture.legal.client.get(`/api/v1/records/${transcriptId}/signatures`);
    expect(list.statusCode, list.body).toBe(200);
  });
});

describe('the issued document', () => {
  let documentId: string;
  let pdf: Buffer;

  it('prints the current signatures and names their digests on its ledger entry', async () => {
    const list = (
      await fixture.handler.client.get(`/api/v1/records/${transcriptId}/signatures`)
    ).json();
    const current = list.items.filter((item: { current: boolean }) => item.current) as {
      id: string;
      role: string;
      evidenceObject: { id: string; sha256: string; sm3: string };
    }[];
    expect(current.map((item) => item.role).sort()).toEqual(['officers', 'party']);

    const draft = await fixture.handler.client.get(
      `/api/v1/records/${transcriptId}/document?format=pdf`,
    );
    expect(draft.statusCode, draft.body).toBe(200);
    await withPdf(draft.rawPayload, async (file) => {
      const drawn = (await images(file)).filter((image) => image.type === 'image');
      expect(drawn.map((image) => [image.width, image.height]).sort()).toEqual([
        [310, 100],
        [360, 120],
      ]);
    });

    const issued = await fixture.handler.client.post(`/api/v1/records/${transcriptId}/issue`);
    expect(issued.statusCode, issued.body).toBe(201);
    documentId = issued.json().id;
    pdf = (await fixture.handler.client.get(`/api/v1/documents/${documentId}/pdf`)).rawPayload;
    await withPdf(pdf, async (file) => {
      const drawn = (await images(file)).filter((image) => image.type === 'image');
      expect(drawn).toHaveLength(2);
    });

    const entry = (await ledgerEntries()).find(
      (e) => e.action === 'document.issued' && e.data.documentId === documentId,
    );
    for (const signature of current) {
      expect(entry?.hashes).toContainEqual({
        name: `signature:${signature.role}`,
        algorithm: 'sha256',
        hex: signature.evidenceObject.sha256,
      });
      expect(entry?.hashes).toContainEqual({
        name: `signature:${signature.role}`,
        algorithm: 'sm3',
        hex: signature.evidenceObject.sm3,
      });
    }
    expect(entry?.data.signatures).toEqual(
      expect.arrayContaining(
        current.map((signature) => ({
          role: signature.role,
          signatureId: signature.id,
          evidenceObjectId: signature.evidenceObject.id,
        })),
      ),
    );
  });

  it('fixes the signatures once issued, and takes them again after a void', async () => {
    const refused = expectProblem(
      await sign(fixture.handler.client, transcriptId, {}),
      409,
      'signature-document-issued',
    );
    expect(refused.detail).toContain('作废');
    const list = (
      await fixture.handler.client.get(`/api/v1/records/${transcriptId}/signatures`)
    ).json();
    expect(list.issuedNumber).not.toBeNull();
    const voided = await fixture.handler.client.post(`/api/v1/documents/${documentId}/void`, {
      reason: '当事人签名不清，重新签名',
    });
    expect(voided.statusCode, voided.body).toBe(200);
    const again = await sign(fixture.handler.client, transcriptId, {});
    expect(again.statusCode, again.body).toBe(201);
  });

  it('refuses signatures on a version a correction has replaced', async () => {
    const { madeAt, fields, signature } = inquiryTranscript();
    const corrected = await fixture.handler.client.post(
      `/api/v1/records/${transcriptId}/corrections`,
      {
        madeAt,
        fields: { ...fields, place: '常山县天马街道某某路 9 号' },
        signature,
        reason: '更正询问地点',
      },
    );
    expect(corrected.statusCode, corrected.body).toBe(201);
    expectProblem(await sign(fixture.handler.client, transcriptId, {}), 409, 'record-superseded');
    expect(caseId).toBeTruthy();
  });
});
