/**
 * Whether a declared classification (密级标识) marks a state secret. The platform is not a
 * classified information system, so such material must not reach it at all (000 第十七条:
 * 不得使用非涉密信息设备存储、处理涉及国家秘密的行政执法音像资料).
 *
 * A marking is written as GB/T 7156 and the 国家秘密标志 rules have it: 密级★保密期限
 * (秘密★10年, 机密★5年, 绝密★长期, 秘密★2030年12月31日), often with 国家秘密 before it, a
 * 级 after the level (秘密级), in brackets of any width (（机密）, 【绝密】, 〔秘密〕), with
 * spaces, or after a label (密级：机密). People also type * or ☆ for ★. All of these are
 * refused.
 *
 * What is *not* a state secret: 商业秘密 and 工作秘密 and 个人隐私 are other things with
 * their own rules (a case's level 涉及商业秘密 is one of this platform's confidentiality
 * levels), so a word that merely contains 秘密 is not refused; only the level names
 * themselves, standing as the marking, are.
 */

/** The three levels of 国家秘密 (保守国家秘密法 第十三条). */
const LEVELS = '(?:绝密|机密|秘密)';

/** 国家秘密 or 涉密 (or both) before a level, or standing alone. */
const PREFIX = '(?:国家秘密|涉及国家秘密|属于国家秘密|涉密)';

/**
 * After normalising: an optional prefix, a level with an optional 级, then optionally the
 * ★ and the period (anything: 10年, 长期, a date, 解密条件…); or the prefix alone.
 */
const MARKING = new RegExp(`^(?:${PREFIX}?${LEVELS}级?(?:★.*)?|${PREFIX}(?:★.*)?)$`, 'u');

/** English spellings a client may send in `classification`. */
const ENGLISH = new Set(['statesecret', 'topsecret', 'secret', 'classified']);

/** Brackets of every width, quotes and separators that decorate a marking. */
const DECORATION = /[()[\]{}（）［］｛｝【】〔〕〖〗「」『』《》〈〉<>"'“”‘’`·・\s_\-–—]/gu;

/** 密级：… / 密级标识: … — the label, not the marking. */
const LABEL = /^(?:密级标识|密级标志|密级|标识|classification)[:：]/iu;

export function normalizeMarking(text: string): string {
  return (
    text
      // Full-width letters, digits, colon and asterisk become their ASCII forms.
      .normalize('NFKC')
      .trim()
      .replace(LABEL, '')
      .replace(DECORATION, '')
      .replace(/[*☆✩✭✮✯✰⭐]/gu, '★')
      .toLowerCase()
  );
}

export function isStateSecretMarking(classification: string | null | undefined): boolean {
  if (classification === null || classification === undefined) return false;
  const marking = normalizeMarking(classification);
  if (marking === '') return false;
  return ENGLISH.has(marking) || MARKING.test(marking);
}

/** The reason a clerk reads when a state-secret marking is refused. */
export const STATE_SECRET_REFUSAL =
  '涉及国家秘密的材料不得在本系统中存储、处理（000 第十七条），请按保密规定使用涉密设备办理';
