import { Document, Packer, PageOrientation } from 'docx';
import type { DocumentLayout } from '@liuhen/domain';
import { blockToDocx } from './docx-blocks.ts';
import { closingParagraphs, letterhead } from './docx-letterhead.ts';
import { documentFooter, draftHeader } from './docx-page-frame.ts';
import { xmlSafe } from './docx-text.ts';
import { FONT, fontNamed, mmToTwips as mm, PAGE, PT } from './docx-typography.ts';

/**
 * The editable draft of a document (执法文书) as DOCX: real paragraphs and tables in the fonts
 * Chinese offices use, on a GB/T 9704-2012-like page, for a clerk to open in WPS or Word.
 * It draws what the layout says and nothing more; the issued PDF draws the same layout.
 */
export async function renderDocx(layout: DocumentLayout): Promise<Uint8Array> {
  const title = xmlSafe(layout.number ? `${layout.title} ${layout.number}` : layout.title);
  const document = new Document({
    title: title.replace(/\s+/g, ' '),
    creator: '留痕 Liuhen',
    lastModifiedBy: '留痕 Liuhen',
    styles: {
      default: {
        document: {
          run: {
            font: fontNamed(FONT.fangsong),
            size: PT.sanhao * 2,
            language: { value: 'zh-CN', eastAsia: 'zh-CN' },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: mm(PAGE.widthMm),
              height: mm(PAGE.heightMm),
              orientation: PageOrientation.PORTRAIT,
            },
            margin: {
              top: mm(PAGE.marginMm.top),
              bottom: mm(PAGE.marginMm.bottom),
              left: mm(PAGE.marginMm.left),
              right: mm(PAGE.marginMm.right),
              header: mm(15),
              // The QR code needs the footer to start lower than a page number alone does.
              footer: mm(layout.verification ? 8 : 22),
            },
          },
        },
        headers: layout.draft ? { default: draftHeader() } : undefined,
        footers: { default: await documentFooter(layout.verification) },
        children: [
          ...letterhead(layout),
          ...layout.blocks.flatMap(blockToDocx),
          ...(layout.closing ? closingParagraphs(layout.closing) : []),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
