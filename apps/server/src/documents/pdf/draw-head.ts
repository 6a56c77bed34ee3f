import type { DocumentLayout } from '@liuhen/domain';
import { BLACK, CONTENT, PITCH, RED, SIZE, mm } from './page-geometry.ts';
import type { Typesetter } from './typesetter.ts';

/**
 * 版头 and 标题 (GB/T 9704 7.2, 7.3.1): the 发文机关标志 centred in red, the 发文字号 centred
 * under it, the red 版头分隔线 as wide as the 版心 under both, then the title in 2号 bold.
 */
export function drawHead(set: Typesetter, layout: DocumentLayout) {
  const characters = [...layout.masthead].length;
  // As large as the name allows on one line, letter-spaced a little like a printed 版头.
  const size = Math.min(SIZE.masthead, (CONTENT.width * 0.94) / Math.max(characters, 1));
  const mastheadStyle = { face: 'serifBold', size, pitch: size * 1.4, color: RED } as const;
  const natural = set.measure(layout.masthead, 'serifBold', size);
  const spacing =
    characters > 1 ? Math.min(size * 0.15, (CONTENT.width - natural) / (characters - 1)) : 0;
  const width = natural + spacing * (characters - 1);
  set.drawText(
    layout.masthead,
    CONTENT.left + (CONTENT.width - width) / 2,
    set.y,
    mastheadStyle,
    spacing,
  );
  set.y += mastheadStyle.pitch + PITCH.body * 0.5;

  if (layout.number !== null) {
    const numberStyle = { face: 'serif', size: SIZE.body, pitch: PITCH.body } as const;
    for (const line of set.lines(layout.number, 'serif', SIZE.body, CONTENT.width)) {
      set.drawLine(line, CONTENT.left, set.y, CONTENT.width, numberStyle, 'center');
      set.y += PITCH.body;
    }
  }
  const ruleY = set.y + mm(2);
  set.doc
    .save()
    .lineWidth(1.5)
    .strokeColor(RED)
    .moveTo(CONTENT.left, ruleY)
    .lineTo(CONTENT.right, ruleY)
    .stroke()
    .restore();
  set.y = ruleY + PITCH.body * 1.2;

  const titleStyle = {
    face: 'serifBold',
    size: SIZE.title,
    pitch: PITCH.title,
    color: BLACK,
  } as const;
  for (const line of set.lines(layout.title, 'serifBold', SIZE.title, CONTENT.width)) {
    set.drawLine(line, CONTENT.left, set.y, CONTENT.width, titleStyle, 'center');
    set.y += PITCH.title;
  }
  set.y += PITCH.body * 0.6;
}
