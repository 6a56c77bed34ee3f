import type { DocumentClosing } from '@liuhen/domain';
import { CONTENT, PITCH, RED, SEAL_DIAMETER, SIZE } from './page-geometry.ts';
import type { TextStyle, Typesetter } from './typesetter.ts';

const TEXT: TextStyle = { face: 'serif', size: SIZE.body, pitch: PITCH.body };
const RADIUS = SEAL_DIAMETER / 2;
/**
 * GB/T 9704 7.3.5.1: the seal presses on 署名 and 成文日期, which sit a little below its
 * centre, its top within one line of the 正文. The centre is this far above the middle of
 * the two lines.
 */
const SEAL_RAISE = 6;
/** Between the 正文 and the top of the ring. */
const SEAL_CLEARANCE = 3;

/** Space between the last line of the 正文 and the 署名. */
function gapAbove(closing: DocumentClosing) {
  // Unsealed, one blank line (7.3.5.2); sealed, as much as keeps the ring off the 正文.
  return closing.sealed ? RADIUS - PITCH.body + SEAL_RAISE + SEAL_CLEARANCE : PITCH.body;
}

/** Everything the 落款 takes below the 正文, the ring included. */
export function closingHeight(closing: DocumentClosing) {
  const below = closing.sealed ? PITCH.body - SEAL_RAISE + RADIUS : 2 * PITCH.body;
  return gapAbove(closing) + Math.max(2 * PITCH.body, below);
}

/**
 * 落款: 成文日期 右空四字 (sealed) or 二字, the agency's name centred over the date, and
 * the ring where the seal goes pressing on both (GB/T 9704 7.3.5.1–2).
 */
export function drawClosing(set: Typesetter, closing: DocumentClosing) {
  set.ensure(closingHeight(closing));
  const top = set.y + gapAbove(closing);
  const dateWidth = set.measure(closing.date, TEXT.face, TEXT.size);
  const nameWidth = set.measure(closing.agencyName, TEXT.face, TEXT.size);
  const dateRight = CONTENT.right - (closing.sealed ? 4 : 2) * SIZE.body;
  const centre = Math.min(dateRight - dateWidth / 2, CONTENT.right - nameWidth / 2);
  const nameLines = set.lines(closing.agencyName, TEXT.face, TEXT.size, CONTENT.width);
  let y = top;
  for (const line of nameLines) {
    set.drawText(line.text, Math.max(CONTENT.left, centre - line.width / 2), y, TEXT);
    y += TEXT.pitch;
  }
  set.drawText(closing.date, Math.min(centre - dateWidth / 2, CONTENT.right - dateWidth), y, TEXT);
  y += TEXT.pitch;

  if (closing.sealed) {
    const centreY = top + PITCH.body - SEAL_RAISE;
    set.doc
      .save()
      .lineWidth(1.5)
      .dash(4, { space: 3 })
      .strokeColor(RED)
      .circle(centre, centreY, RADIUS)
      .stroke()
      .undash()
      .restore();
    y = Math.max(y, centreY + RADIUS);
  }
  set.y = y;
}
