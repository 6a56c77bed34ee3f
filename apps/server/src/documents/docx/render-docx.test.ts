import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentLayout } from '@liuhen/domain';
import { renderDocx } from './render-docx.ts';
import { mastheadSizePt } from './docx-letterhead.ts';
import { docxParts, docxXml } from './test-support/docx-zip.ts';
import {
  CONVERSION_TIMEOUT_MS,
  convertDocxToPdf,
  pdfFirstPagePng,
  pdfText,
} from './test-support/libreoffice.ts';
import {
  PENALTY_DECISION as D,
  penaltyDecisionDraft,
  penaltyDecisionLayout,
} from './test-support/penalty-decision-layout.ts';

/** Text a clerk pasted from elsewhere: control characters, a lone surrogate, CR LF. */
const HOSTILE_TEXT =
  '第一段\u0000\u0007开始\r\n第二段\u000b继续\uD800\r第三段\u001f结束\u2028第四段';

function hostileLayout(): DocumentLayout {
  return penaltyDecisionLayout({
    title: '询问笔录\u0008',
    masthead: '常州市综合行政执法局\u0001',
    number: null,
    verification: null,
    blocks: [
      { type: 'paragraph', indent: true, text: HOSTILE_TEXT },
      { type: 'heading', text: '一、标题\u001b' },
      { type: 'fields', rows: [{ label: '地点\u0002', value: '青果巷<88>号 & "店"\n门前' }] },
      { type: 'table', columns: ['序号', '名称'], rows: [['1'], ['2', '桌椅', '多余的一格']] },
      { type: 'dialogue', turns: [{ speaker: '答', text: '第一行\n第二行\u0000' }] },
    ],
  });
}

// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const FORBIDDEN_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

describe('renderDocx: the Word structure of an issued decision', () => {
  let parts: Record<string, Uint8Array>;
  let document: string;
  let footer: string;
  beforeAll(async () => {
    parts = docxParts(await renderDocx(penaltyDecisionLayout()));
    document = docxXml(parts, 'word/document.xml');
    footer = docxXml(parts, 'word/footer1.xml');
  });

  it('is an A4 page with GB/T 9704 margins (37/35/28/26 mm)', () => {
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('names the fonts Chinese offices use, in the East Asian slot and the Latin ones', () => {
    for (const font of ['方正小标宋简体', '仿宋_GB2312', '黑体']) {
      expect(document).toContain(
        `<w:rFonts w:ascii="${font}" w:cs="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>`,
      );
    }
    expect(footer).toContain('w:eastAsia="宋体"');
  });

  it('sets the masthead in red 小初 over a red rule, and 正文 in 三号 on exact 28.95 pt lines', () => {
    expect(document).toMatch(
      /<w:color w:val="C00000"\/><w:sz w:val="72"\/>[^]*常州市综合行政执法局/,
    );
    expect(document).toMatch(/<w:bottom w:val="single" w:color="C00000"/);
    const facts = document.indexOf(D.facts);
    const paragraph = document.slice(document.lastIndexOf('<w:p>', facts), facts);
    expect(paragraph).toContain('w:line="579" w:lineRule="exact"');
    expect(paragraph).toContain('<w:ind w:firstLine="640"/>');
    expect(paragraph).toContain('<w:sz w:val="32"/>');
  });

  it('numbers pages "第 N 页 共 M 页" with PAGE and NUMPAGES fields', () => {
    expect(footer).toMatch(
      /第 [^]*>PAGE<\/w:instrText>[^]* 页 共 [^]*>NUMPAGES<\/w:instrText>[^]* 页/,
    );
  });

  it('carries the signature image, 35 mm wide at most, and the QR code in the footer', () => {
    const media = Object.keys(parts).filter((path) => path.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    expect(docxXml(parts, 'word/_rels/document.xml.rels')).toMatch(/Target="media\/image\d\.png"/);
    expect(docxXml(parts, 'word/_rels/footer1.xml.rels')).toMatch(/Target="media\/image\d\.png"/);
    const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(document)!;
    expect(Number(cx)).toBeLessThanOrEqual(35 * 36_000 + 36_000);
    expect(Number(cy)).toBeLessThanOrEqual(15 * 36_000 + 36_000);
    expect(footer).toContain('核验码 7Q3K-M2XD-PA8F');
  });

  it('repeats the table header row on every page, and prints the refusal in the line’s place', () => {
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toContain(D.refusal);
    expect(document).not.toContain('<w:t xml:space="preserve">草稿</w:t>');
    expect(Object.keys(parts).some((path) => path.startsWith('word/header'))).toBe(false);
  });

  it('titles the file with the 文号 and names Liuhen as its creator', () => {
    const core = docxXml(parts, 'docProps/core.xml');
    expect(core).toContain(`<dc:title>${D.title} ${D.number}</dc:title>`);
    expect(core).toContain('<dc:creator>留痕 Liuhen</dc:creator>');
  });
});

describe('renderDocx: a draft', () => {
  it('is marked 草稿 in the header and has no 文号 and no QR code', async () => {
    const parts = docxParts(await renderDocx(penaltyDecisionDraft()));
    expect(docxXml(parts, 'word/header1.xml')).toContain('草稿');
    const document = docxXml(parts, 'word/document.xml');
    expect(document).not.toContain(D.number);
    expect(docxXml(parts, 'word/footer1.xml')).not.toContain('核验码');
    expect(Object.keys(parts).filter((path) => path.startsWith('word/media/'))).toHaveLength(1);
    expect(docxXml(parts, 'docProps/core.xml')).toContain(`<dc:title>${D.title}</dc:title>`);
  });
});

describe('renderDocx: text as typed', () => {
  it('drops characters XML cannot carry and makes each newline a new paragraph', async () => {
    const parts = docxParts(await renderDocx(hostileLayout()));
    for (const path of ['word/document.xml', 'docProps/core.xml']) {
      expect(docxXml(parts, path)).not.toMatch(FORBIDDEN_IN_XML);
      expect(docxXml(parts, path)).not.toMatch(/[\uD800-\uDFFF]/);
    }
    const document = docxXml(parts, 'word/document.xml');
    const texts = [...document.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map(
      (match) => match[1],
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        '第一段开始',
        '第二段继续',
        '第三段结束',
        '第四段',
        '第一行',
        '第二行',
      ]),
    );
    expect(texts).toContain('青果巷&lt;88&gt;号 &amp; &quot;店&quot;');
    // Each line in its own paragraph: "第一段开始" and "第二段继续" never share one.
    const paragraphs = document.split('</w:p>');
    expect(paragraphs.filter((p) => p.includes('第一段开始') && p.includes('第二段继续'))).toEqual(
      [],
    );
    // The short row was padded, the long one cut, to the header's two columns.
    expect(document).not.toContain('多余的一格');
  });

  it('refuses a signature that is not a PNG rather than leaving it out', async () => {
    const layout = penaltyDecisionLayout({
      blocks: [
        {
          type: 'signatures',
          lines: [
            {
              role: '当事人',
              name: '王建国',
              date: null,
              imagePng: new Uint8Array([1, 2, 3]),
              refusal: null,
            },
          ],
        },
      ],
    });
    await expect(renderDocx(layout)).rejects.toThrow('签名图像不是有效的 PNG 图片');
  });

  it('keeps a long agency name on one line by setting the masthead smaller', () => {
    expect(mastheadSizePt('常州市综合行政执法局')).toBe(36);
    const long = mastheadSizePt('常州市武进区湖塘镇人民政府综合行政执法局');
    expect(long).toBeLessThan(36);
    expect(long).toBeGreaterThanOrEqual(22);
  });
});

/**
 * WPS and Word are not here; LibreOffice is the independent reader: it must open every DOCX
 * as Word 2007+ and lay it out, and the text must come back from its PDF with the page fields
 * filled in. One soffice run converts all three files (its start-up is most of the cost).
 */
describe('renderDocx: LibreOffice opens each DOCX and lays it out', () => {
  let dir: string;
  const text: Record<'issued' | 'draft' | 'hostile', string> = {
    issued: '',
    draft: '',
    hostile: '',
  };
  /** Where a person looks at page 1 (not in git): $TMPDIR/liuhen-docx-preview/. */
  const previewDir = join(tmpdir(), 'liuhen-docx-preview');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'liuhen-docx-'));
    const layouts = {
      issued: penaltyDecisionLayout(),
      draft: penaltyDecisionDraft(),
      hostile: hostileLayout(),
    };
    const files = await Promise.all(
      Object.entries(layouts).map(async ([name, layout]) => {
        const path = join(dir, `${name}.docx`);
        await writeFile(path, await renderDocx(layout));
        return path;
      }),
    );
    const pdfs = await convertDocxToPdf(files, dir);
    await mkdir(previewDir, { recursive: true });
    for (const [index, name] of (['issued', 'draft', 'hostile'] as const).entries()) {
      text[name] = await pdfText(pdfs[index]!);
      if (name !== 'hostile')
        await pdfFirstPagePng(pdfs[index]!, join(previewDir, `penalty-decision-${name}`));
    }
  }, CONVERSION_TIMEOUT_MS + 60_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** pdftotext breaks lines where the page does and spaces CJK from digits: compare without. */
  const squeezed = (value: string) => value.replace(/\s+/g, '');

  it('prints the party, the 文号, the facts and the legal basis of the issued decision', () => {
    const issued = squeezed(text.issued);
    for (const expected of [
      D.masthead,
      D.title,
      D.number,
      D.party,
      D.facts,
      D.legalBasis,
      D.refusal,
    ]) {
      expect(issued).toContain(squeezed(expected));
    }
    expect(issued).toContain('问：你店门前摆放的桌椅是否由你店摆放？');
    expect(issued).toContain('核验码7Q3K-M2XD-PA8F');
    expect(issued).toContain(squeezed(D.closingDate));
  });

  it('fills in "第 N 页 共 M 页" on every page (pdftotext drops the narrow spaces)', () => {
    for (const [name, pages] of Object.entries(text)) {
      const sheets = pages.split('\f').filter((page) => page.trim() !== '');
      expect(sheets.length, name).toBeGreaterThan(0);
      sheets.forEach((page, index) => {
        expect(squeezed(page), `${name} page ${index + 1}`).toContain(
          `第${index + 1}页共${sheets.length}页`,
        );
      });
    }
  });

  it('marks the draft 草稿 and prints no 文号 on it', () => {
    const draft = squeezed(text.draft);
    expect(draft).toContain('草稿');
    expect(draft).toContain(squeezed(D.facts));
    expect(draft).not.toContain(squeezed(D.number));
    expect(draft).not.toContain('核验码');
  });

  it('opens text that arrived with control characters, each line its own paragraph', () => {
    const hostile = text.hostile;
    for (const line of ['第一段开始', '第二段继续', '第三段结束', '第四段', '青果巷<88>号&"店"']) {
      expect(squeezed(hostile)).toContain(line);
    }
  });
});
