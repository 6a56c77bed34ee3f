import {
  AlignmentType,
  Footer,
  Header,
  ImageRun,
  Paragraph,
  PageNumber,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import QRCode from 'qrcode';
import type { DocumentVerificationMark } from '@liuhen/domain';
import { textLines } from './docx-text.ts';
import { FONT, GREY, PT, run, TEXT_WIDTH_TWIPS, type TextStyle } from './docx-typography.ts';

const PAGE_NUMBER: TextStyle = { font: FONT.songti, sizePt: PT.sihao };
const CODE: TextStyle = { font: FONT.songti, sizePt: PT.xiaowu };
const DRAFT: TextStyle = { font: FONT.heiti, sizePt: PT.sanhao, color: GREY };
/** The QR code's printed side: big enough for a phone at arm's length, small beside the text. */
const QR_MM = 18;
const PX_PER_MM = 96 / 25.4;

/** "第 N 页 共 M 页" with Word's PAGE and NUMPAGES fields, so the count follows edits. */
function pageNumberParagraph(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      run('', PAGE_NUMBER, {
        children: ['第 ', PageNumber.CURRENT, ' 页 共 ', PageNumber.TOTAL_PAGES, ' 页'],
      }),
    ],
  });
}

export async function qrPng(url: string): Promise<Uint8Array> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 256 });
}

/**
 * The page number centred; on an issued document the QR code of its verification page at the
 * right with 核验码 under it. A table without borders holds both, as a footer in WPS would,
 * so the page number stays centred on the text area.
 */
export async function documentFooter(
  verification: DocumentVerificationMark | null,
): Promise<Footer> {
  if (!verification) return new Footer({ children: [pageNumberParagraph()] });
  const side = Math.round(TEXT_WIDTH_TWIPS * 0.25);
  const qrSide = Math.round(QR_MM * PX_PER_MM);
  const code = textLines(verification.code).join(' ');
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      children,
    });
  const qr = new ImageRun({
    type: 'png',
    data: await qrPng(verification.url),
    transformation: { width: qrSide, height: qrSide },
    altText: { name: 'verification-qr', title: '核验二维码', description: verification.url },
  });
  return new Footer({
    children: [
      new Table({
        width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
        columnWidths: [side, TEXT_WIDTH_TWIPS - 2 * side, side],
        layout: TableLayoutType.FIXED,
        borders: TableBorders.NONE,
        rows: [
          new TableRow({
            children: [
              cell([new Paragraph({})], side),
              cell([pageNumberParagraph()], TEXT_WIDTH_TWIPS - 2 * side),
              cell(
                [
                  new Paragraph({ alignment: AlignmentType.RIGHT, children: [qr] }),
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [run(`核验码 ${code}`, CODE)],
                  }),
                ],
                side,
              ),
            ],
          }),
        ],
      }),
    ],
  });
}

/** 草稿 on every page of a draft, in grey at the header's right: plain text a clerk can see. */
export function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run('草稿', DRAFT, { characterSpacing: 120 })],
      }),
    ],
  });
}
