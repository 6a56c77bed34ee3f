import type { DialogueTurn, LayoutBlock } from '@liuhen/domain';
import { CONTENT, PITCH, SIZE } from './page-geometry.ts';
import type { TextStyle, Typesetter } from './typesetter.ts';

const BODY: TextStyle = { face: 'serif', size: SIZE.body, pitch: PITCH.body };
const HEADING: TextStyle = { face: 'sansBold', size: SIZE.body, pitch: PITCH.body };
/** 首行缩进二字 (GB/T 9704 7.3.3: 正文 each paragraph indented two characters). */
const INDENT = 2 * SIZE.body;

/** 正文: 3号 serif, 两端对齐, breaking pages between lines. */
export function drawParagraph(
  set: Typesetter,
  block: Extract<LayoutBlock, { type: 'paragraph' }>,
  keepWithLast: number,
) {
  const indent = block.indent === true ? INDENT : 0;
  const lines = set.lines(block.text, BODY.face, BODY.size, CONTENT.width - indent, CONTENT.width);
  const align = block.align === undefined || block.align === 'left' ? 'justify' : block.align;
  set.flowLines(
    lines,
    BODY,
    (index) =>
      index === 0
        ? { x: CONTENT.left + indent, width: CONTENT.width - indent }
        : { x: CONTENT.left, width: CONTENT.width },
    align,
    keepWithLast,
  );
}

/** 一、违法事实 …: 黑体, indented like 正文, never the last line of a page. */
export function drawHeading(set: Typesetter, block: Extract<LayoutBlock, { type: 'heading' }>) {
  const lines = set.lines(block.text, HEADING.face, HEADING.size, CONTENT.width - INDENT);
  set.ensure((lines.length + 1) * HEADING.pitch);
  for (const line of lines) {
    set.drawLine(line, CONTENT.left + INDENT, set.y, CONTENT.width - INDENT, HEADING, 'left');
    set.y += HEADING.pitch;
  }
}

/** 问：… 答：…, the text hanging under itself rather than under the 问. */
export function drawDialogue(
  set: Typesetter,
  turns: readonly DialogueTurn[],
  keepWithLast: number,
) {
  turns.forEach((turn, index) => {
    const label = `${turn.speaker}：`;
    const hang = set.measure(label, HEADING.face, HEADING.size);
    const width = CONTENT.width - hang;
    const lines = set.lines(turn.text, BODY.face, BODY.size, width);
    let first = true;
    set.flowLines(
      lines,
      BODY,
      () => {
        if (first) {
          set.drawText(label, CONTENT.left, set.y, HEADING);
          first = false;
        }
        return { x: CONTENT.left + hang, width };
      },
      'justify',
      index === turns.length - 1 ? keepWithLast : 0,
    );
  });
}
