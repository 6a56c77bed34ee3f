import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  BLANK,
  composeDocument,
  defaultTemplate,
  documentKind,
  RECORD_TYPE_IDS,
  recordTypeSpec,
  sampleDocumentData,
  sampleFieldValue,
  type DocumentLayout,
  type RecordTypeId,
} from '@liuhen/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertDocxToPdf, pdfText } from './docx/test-support/libreoffice.ts';
import { renderDocx } from './docx/render-docx.ts';
import { loadDocumentFonts, type DocumentFonts } from './pdf/document-fonts.ts';
import { renderPdf } from './pdf/render-pdf.ts';

/**
 * Issue 16, "Done when": every kind of document renders to PDF and to DOCX from its default
 * template; the PDF's text gives back the title, the number, the party and every field of the
 * record, and LibreOffice opens every DOCX and converts it.
 */
const run = promisify(execFile);
const AT = new Date('2026-12-07T02:30:00.000Z');
const flat = (text: string) => text.replace(/\s+/g, '');

function issuedLayout(kind: RecordTypeId): DocumentLayout {
  return composeDocument(
    defaultTemplate(kind),
    sampleDocumentData(kind, undefined, {
      number: `常综执${documentKind(kind).numberCode}〔2026〕第7号`,
    }),
    {
      verification: {
        url: 'https://zhifa.example.gov.cn/verify/7KQ2M9XD4T0B',
        code: '7KQ2-M9XD-4T0B',
      },
    },
  );
}

/** What the record says, as the document prints it: enough of each value to find it. */
function expectedTexts(kind: RecordTypeId): string[] {
  const recordOnly = new Set(documentKind(kind).recordOnlyFields ?? []);
  return recordTypeSpec(kind)
    .fields.filter((field) => !recordOnly.has(field.key))
    .flatMap((field) => {
      const value = sampleFieldValue(field);
      if (field.kind === 'text') return [String(value)];
      if (field.kind === 'list') return (value as string[]).map((item) => item);
      return [];
    });
}

let fonts: DocumentFonts;
let workDir: string;
beforeAll(async () => {
  fonts = await loadDocumentFonts();
  workDir = await mkdtemp(path.join(tmpdir(), 'liuhen-every-kind-'));
});
afterAll(() => rm(workDir, { recursive: true, force: true }));

describe('every kind of document', () => {
  it.each(RECORD_TYPE_IDS)('%s renders to a PDF that says what the record says', async (kind) => {
    const layout = issuedLayout(kind);
    const file = path.join(workDir, `${kind}.pdf`);
    await writeFile(file, await renderPdf(layout, { fonts, producedAt: AT }));
    // -raw: in drawing order, so a wrapped table cell is not interleaved with its neighbour.
    const text = flat((await run('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'])).stdout);
    expect(text).toContain(flat(layout.title));
    expect(text).toContain(layout.number);
    expect(text).toContain('常州市天宁区综合行政执法局');
    expect(text).not.toContain(BLANK);
    for (const expected of expectedTexts(kind)) expect(text, kind).toContain(flat(expected));
  });

  it('renders every kind to a DOCX that LibreOffice opens and converts', async () => {
    const files = await Promise.all(
      RECORD_TYPE_IDS.map(async (kind) => {
        const file = path.join(workDir, `${kind}.docx`);
        await writeFile(file, await renderDocx(issuedLayout(kind)));
        return file;
      }),
    );
    const outDir = await mkdtemp(path.join(workDir, 'converted-'));
    const pdfs = await convertDocxToPdf(files, outDir);
    expect(pdfs).toHaveLength(RECORD_TYPE_IDS.length);
    for (const [index, kind] of RECORD_TYPE_IDS.entries()) {
      const text = flat(await pdfText(pdfs[index]!));
      expect(text, kind).toContain(flat(defaultTemplate(kind).title));
      expect(text, kind).toContain(`〔2026〕第7号`);
      expect((await readFile(pdfs[index]!)).subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 300_000);
});
