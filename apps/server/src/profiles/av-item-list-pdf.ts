import { PDFDocument, rgb, type PDFPage } from 'pdf-lib';
import { registerChineseFont } from '../copies/cjk-pdf-font.ts';
import type { AvItemList } from './av-item-list.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

/**
 * 音像记录事项清单 as an A4 PDF for printing and filing, in STSong-Light (referenced, not
 * embedded: ../copies/cjk-pdf-font.ts), one numbered item after another with its basis.
 */
export async function avItemListPdf(list: AvItemList, printedOn: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${list.agencyName}音像记录事项清单`);
  doc.setCreator('留痕');
  const font = registerChineseFont(doc);
  let page: PDFPage = doc.addPage(A4);
  let y = A4[1] - MARGIN;

  const line = (text: string, size: number, indent = 0, gray = false) => {
    for (const part of font.wrap(text, size, WIDTH - indent)) {
      if (y < MARGIN + size) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= size * 1.5;
      font.draw(page, part, {
        x: MARGIN + indent,
        y,
        size,
        ...(gray ? { color: rgb(0.35, 0.35, 0.35) } : {}),
      });
    }
  };

  const title = `${list.agencyName}音像记录事项清单`;
  const titleSize = 18;
  y -= titleSize * 1.5;
  font.draw(page, title, {
    x: MARGIN + Math.max(0, (WIDTH - font.widthOf(title, titleSize)) / 2),
    y,
    size: titleSize,
  });
  y -= 8;
  const version =
    list.version === null ? '' : `第 ${list.version} 版，${list.savedAt!.slice(0, 10)} 保存`;
  line(`依据：${list.profileName}${version === '' ? '' : `（${version}）`}`, 10, 0, true);
  y -= 6;
  line('下列执法活动应当进行全程音像记录：', 12);
  list.items.forEach((item, index) => {
    y -= 4;
    line(`${index + 1}. ${item.value}`, 12);
    line(`依据：${item.citation}`, 10, 18, true);
    if (item.situations.length > 0) line(`系统识别：${item.situations.join('、')}`, 10, 18, true);
  });
  y -= 12;
  line(`打印日期：${printedOn}`, 10, 0, true);
  return doc.save();
}
