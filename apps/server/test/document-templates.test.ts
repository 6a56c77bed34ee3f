import { createHash } from 'node:crypto';
import {
  canonicalJsonText,
  defaultTemplate,
  type DocumentTemplate,
  type TemplateBlock,
} from '@liuhen/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuedDocuments } from '../src/db/schema.ts';
import { logIdFor } from '../src/ledger/log-id.ts';
import { changshanAgency, pingluoAgency, type AgencyFixture } from './support/case-fixtures.ts';
import { caseAtDecision, decidedCase } from './support/decided-case.ts';
import { issue, recordOfType } from './support/documents-world.ts';
import { entriesOf, type StoredEntry } from './support/ledger-helpers.ts';
import { flat, pdfText } from './support/pdf-text.ts';
import { expectProblem } from './support/problem-assertions.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let admin: Client;
let fixture: AgencyFixture;

beforeAll(async () => {
  testApp = await createTestApp();
  admin = await signInAdmin(testApp);
  fixture = await changshanAgency(testApp, admin);
});
afterAll(() => testApp.close());

const url = (kind: string) => `/api/v1/agencies/${fixture.agencyId}/document-templates/${kind}`;

/** The 决定书 as an agency rewords it: its own sentence of decision and a closing line. */
function rewordedDecision(): DocumentTemplate {
  const template = defaultTemplate('decision_document');
  const blocks: TemplateBlock[] = template.blocks.map((block) =>
    block.type === 'paragraph' && block.text.startsWith('依据{{record.legalBasis}}')
      ? {
          ...block,
          text: '经本局集体研究，依据{{record.legalBasis}}的规定，决定如下：{{record.decision}}',
        }
      : block,
  );
  blocks.push({ type: 'paragraph', text: '特此决定，请当事人知悉。', indent: true });
  return { ...template, blocks };
}

function withoutRemedies(template: DocumentTemplate): DocumentTemplate {
  return {
    ...template,
    blocks: template.blocks.filter(
      (block) => !(block.type === 'paragraph' && block.text.includes('{{remedies.text}}')),
    ),
  };
}

async function ledgerEntries() {
  await testApp.ledger.settle();
  return (await entriesOf(testApp.database.db, logIdFor(fixture.agencyId))) as (StoredEntry & {
    hashes: { name: string; algorithm: string; hex: string }[];
  })[];
}

describe('reading templates', () => {
  it('lists every kind on its default until the agency saves its own', async () => {
    const response = await fixture.handler.client.get(
      `/api/v1/agencies/${fixture.agencyId}/document-templates`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json() as {
      items: { kind: string; title: string; version: number | null; matchesDefault: boolean }[];
    };
    expect(items.length).toBeGreaterThan(40);
    expect(items.find((item) => item.kind === 'decision_document')).toMatchObject({
      title: '行政处罚决定书',
      version: null,
      matchesDefault: true,
    });
  });

  it('gives the template in force and the values it may use, with what the law requires', async () => {
    const response = await fixture.handler.client.get(url('decision_document'));
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json();
    expect(view.version).toBeNull();
    expect(view.template).toEqual(defaultTemplate('decision_document'));
    const values = new Map(
      (view.values as { path: string; label: string; requiredBy: string | null }[]).map((v) => [
        v.path,
        v,
      ]),
    );
    expect(values.get('remedies.text')).toMatchObject({
      label: '救济途径和期限',
      requiredBy: '《行政处罚法》第五十九条（五）',
    });
    expect(values.get('record.facts')?.requiredBy).toBe('本类文书应当载明');
    expect(values.get('record.headOpinion')?.requiredBy).toBeNull();
  });

  it('is hidden from another agency and refuses a kind that does not exist', async () => {
    const other = await pingluoAgency(testApp, admin);
    expectProblem(await other.chief.client.get(url('decision_document')), 404, 'not-found');
    expectProblem(
      await other.chief.client.put(url('decision_document'), {
        expectedVersion: null,
        template: rewordedDecision(),
      }),
      404,
      'not-found',
    );
    expectProblem(
      await other.handler.client.post(`${url('decision_document')}/preview`, {
        template: rewordedDecision(),
      }),
      404,
      'not-found',
    );
    expectProblem(await fixture.handler.client.get(url('no_such_kind')), 400, 'validation-failed');
  });
});

describe('saving a template', () => {
  it('is refused to an officer', async () => {
    expectProblem(
      await fixture.handler.client.put(url('decision_document'), {
        expectedVersion: null,
        template: rewordedDecision(),
      }),
      403,
      'forbidden',
    );
  });

  it('refuses a 决定书 without the 救济途径, citing 行政处罚法 第五十九条（五）', async () => {
    const refused = expectProblem(
      await fixture.chief.client.put(url('decision_document'), {
        expectedVersion: null,
        template: withoutRemedies(rewordedDecision()),
      }),
      400,
      'validation-failed',
    );
    expect(refused.invalidParams).toEqual([
      {
        name: 'body.template.blocks',
        reason: '模板缺少“救济途径和期限”：《行政处罚法》第五十九条（五）要求载明',
      },
    ]);
    expect(refused.detail).toContain('《行政处罚法》第五十九条（五）');
  });

  it('names the paragraph of an unknown place-holder, and a template of another kind', async () => {
    const template = rewordedDecision();
    const blocks = [...template.blocks];
    blocks[2] = { type: 'paragraph', text: '证据如下：{{facts.evidence}}，另见{{case.nmae}}' };
    const unknown = expectProblem(
      await fixture.chief.client.put(url('decision_document'), {
        expectedVersion: null,
        template: { ...template, blocks },
      }),
      400,
      'validation-failed',
    );
    expect(unknown.invalidParams).toEqual([
      {
        name: 'body.template.blocks.2.text',
        reason: '占位符 {{case.nmae}} 不存在，请从可用字段中选择',
      },
    ]);
    const mismatched = expectProblem(
      await fixture.chief.client.put(url('rights_notice'), {
        expectedVersion: null,
        template,
      }),
      400,
      'validation-failed',
    );
    expect(mismatched.invalidParams?.[0]?.name).toBe('body.template.kind');
    const malformed = expectProblem(
      await fixture.chief.client.put(url('decision_document'), {
        expectedVersion: null,
        template: { ...template, blocks: [{ type: 'signatures', roles: ['judge'] }] },
      }),
      400,
      'validation-failed',
    );
    expect(malformed.invalidParams?.[0]?.name).toBe('body.template.blocks.0.roles.0');
  });

  it('saves a new version with its digest on the ledger, and refuses a stale one', async () => {
    const template = rewordedDecision();
    const saved = await fixture.chief.client.put(url('decision_document'), {
      expectedVersion: null,
      template,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      matchesDefault: false,
      savedByName: '周局长',
    });
    expect(saved.json().template).toEqual(template);
    expectProblem(
      await fixture.chief.client.put(url('decision_document'), {
        expectedVersion: null,
        template,
      }),
      409,
      'document-template-version-stale',
    );

    const entry = (await ledgerEntries()).find((e) => e.action === 'document.template_saved');
    expect(entry?.data).toEqual({
      kind: 'decision_document',
      version: 1,
      title: '行政处罚决定书',
      matchesDefault: false,
    });
    expect(entry?.hashes).toEqual([
      {
        name: 'document-template.json',
        algorithm: 'sha256',
        hex: createHash('sha256').update(canonicalJsonText(template)).digest('hex'),
      },
    ]);
    const listed = (
      await fixture.handler.client.get(`/api/v1/agencies/${fixture.agencyId}/document-templates`)
    ).json().items as { kind: string; version: number | null }[];
    expect(listed.find((item) => item.kind === 'decision_document')?.version).toBe(1);
  });

  it('makes the drafts of a real 决定书 read as the agency worded it', async () => {
    const caseId = await decidedCase(fixture);
    const decision = await recordOfType(fixture.handler.client, caseId, 'decision_document');
    const draft = await fixture.handler.client.get(`/api/v1/records/${decision}/document`);
    expect(draft.statusCode, draft.body).toBe(200);
    const text = flat(await pdfText(draft.rawPayload));
    expect(text).toContain('经本局集体研究，依据');
    expect(text).toContain('特此决定，请当事人知悉。');
    expect(text).not.toContain('本机关决定：');
  });

  it('restores the default as a version of its own', async () => {
    const restored = await fixture.chief.client.put(url('decision_document'), {
      expectedVersion: 1,
      template: defaultTemplate('decision_document'),
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ version: 2, matchesDefault: true });
    const entries = (await ledgerEntries()).filter((e) => e.action === 'document.template_saved');
    expect(entries.at(-1)?.data).toMatchObject({ version: 2, matchesDefault: true });
  });
});

describe('issuing under an own template', () => {
  it('records the template version the document was made with', async () => {
    const notice = defaultTemplate('rights_notice');
    const saved = await fixture.chief.client.put(url('rights_notice'), {
      expectedVersion: null,
      template: { ...notice, title: '行政处罚告知书' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const caseId = await caseAtDecision(fixture);
    const recordId = await recordOfType(fixture.handler.client, caseId, 'rights_notice');
    const issued = await issue(fixture, recordId);

    const [row] = await testApp.database.db
      .select({ templateVersion: issuedDocuments.templateVersion, title: issuedDocuments.title })
      .from(issuedDocuments)
      .where(eq(issuedDocuments.id, issued.id));
    expect(row).toEqual({ templateVersion: 1, title: '行政处罚告知书' });
    const entry = (await ledgerEntries()).find(
      (e) => e.action === 'document.issued' && e.data.documentId === issued.id,
    );
    expect(entry?.data.templateVersion).toBe(1);
  });
});

describe('previewing a template', () => {
  it('prints the made-up case under the template, as a draft, for any reader', async () => {
    const response = await fixture.handler.client.post(`${url('decision_document')}/preview`, {
      template: rewordedDecision(),
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = flat(await pdfText(response.rawPayload));
    expect(text).toContain('行政处罚决定书');
    expect(text).toContain('特此决定，请当事人知悉。');
    expect(text).toContain('张三');
    expect(text).toContain('草');
  });

  it('checks the template first', async () => {
    const refused = expectProblem(
      await fixture.handler.client.post(`${url('decision_document')}/preview`, {
        template: withoutRemedies(defaultTemplate('decision_document')),
      }),
      400,
      'validation-failed',
    );
    expect(refused.invalidParams?.[0]?.reason).toContain('《行政处罚法》第五十九条（五）');
  });
});
