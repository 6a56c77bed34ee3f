import type { SignatureLine } from '@liuhen/domain';
import { checkPng } from './check-png.ts';
import { BLACK, CONTENT, PITCH, SIZE } from './page-geometry.ts';
import type { TextStyle, Typesetter } from './typesetter.ts';

const TEXT: TextStyle = { face: 'serif', size: SIZE.body, pitch: PITCH.body };
/** Room to sign by hand on the printed page, and for a captured signature's image. */
const ROW_HEIGHT = 48;
const GAP = SIZE.body;
const BLANK_DATE = '　　年　　月　　日';

/**
 * 当事人（签名）：______ 年 月 日 — the captured signature drawn on the line, or the
 * officers' note of a refusal printed in its place (003 第十六条: 当事人或有关人员拒绝签字
 * 或盖章确认的，行政执法人员应现场记录具体情况).
 */
export function drawSignatures(set: Typesetter, lines: readonly SignatureLine[]) {
  for (const line of lines) drawSignature(set, line);
  set.y += PITCH.body * 0.3;
}

function drawSignature(set: Typesetter, line: SignatureLine) {
  const label = `${line.role}：`;
  const labelWidth = Math.min(set.measure(label, TEXT.face, TEXT.size), CONTENT.width / 2);
  const x = CONTENT.left + labelWidth;
  const rest = CONTENT.width - labelWidth;

  if (line.refusal !== null) {
    const text = line.date === null ? line.refusal : `${line.refusal}\u3000${line.date}`;
    const broken = set.lines(text, TEXT.face, TEXT.size, rest);
    set.ensure(broken.length * TEXT.pitch + (ROW_HEIGHT - TEXT.pitch));
    set.y += ROW_HEIGHT - TEXT.pitch;
    set.drawText(label, CONTENT.left, set.y, TEXT);
    set.flowLines(broken, TEXT, () => ({ x, width: rest }));
    return;
  }

  const date = line.date ?? BLANK_DATE;
  const dateWidth = set.measure(date, TEXT.face, TEXT.size);
  // The line is as long as eight characters, or what the date leaves of the row.
  const dateOnItsOwnLine = rest - dateWidth - GAP < 4 * SIZE.body;
  const fieldWidth = dateOnItsOwnLine
    ? Math.min(rest, 8 * SIZE.body)
    : Math.min(8 * SIZE.body, rest - dateWidth - GAP);
  set.ensure(ROW_HEIGHT + (dateOnItsOwnLine ? TEXT.pitch : 0));
  const textTop = set.y + ROW_HEIGHT - TEXT.pitch;
  const baseline = textTop + TEXT.pitch / 2 + 0.38 * TEXT.size;
  const underline = baseline + 3;

  set.drawText(label, CONTENT.left, textTop, TEXT);
  set.doc
    .save()
    .lineWidth(0.75)
    .strokeColor(BLACK)
    .moveTo(x, underline)
    .lineTo(x + fieldWidth, underline)
    .stroke()
    .restore();
  if (line.imagePng !== null) {
    const png = checkPng(line.imagePng, `the signature image of ${line.role}`);
    set.doc.image(png, x, set.y + 2, {
      fit: [fieldWidth, underline - set.y - 2],
      align: 'center',
      valign: 'bottom',
    });
  } else if (line.name !== null) {
    const [first] = set.lines(line.name, TEXT.face, TEXT.size, fieldWidth);
    if (first !== undefined) set.drawLine(first, x, textTop, fieldWidth, TEXT, 'center');
  }
  if (dateOnItsOwnLine) {
    set.drawText(date, CONTENT.right - dateWidth, textTop + TEXT.pitch, TEXT);
    set.y += TEXT.pitch;
  } else {
    set.drawText(date, x + fieldWidth + GAP, textTop, TEXT);
  }
  set.y += ROW_HEIGHT;
}
