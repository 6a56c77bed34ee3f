/**
 * User text on its way into WordprocessingML. Everything a clerk, a party or a template typed
 * passes here first, so no character can make the DOCX unreadable.
 */

/**
 * Characters XML 1.0 forbids (control characters other than tab and line breaks, U+FFFE,
 * U+FFFF, lone surrogates) and the C1 controls it only tolerates: Word refuses a file whose
 * document.xml carries the former, and the latter print as nothing useful.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** CR LF, lone CR, and Unicode's own line and paragraph separators all end a line. */
const LINE_END = /\r\n|[\r\n\u2028\u2029]/;

/** The text with every character XML 1.0 cannot carry removed; line ends are kept. */
export function xmlSafe(text: string): string {
  return text.replace(LONE_SURROGATE, '').replace(UNSAFE_IN_XML, '');
}

/**
 * The text's lines, each safe for XML. The renderer's rule for a newline inside one block's
 * text: it starts a new Word paragraph with the same formatting, as pressing Enter would in
 * WPS or Word, so a clerk editing the draft finds ordinary paragraphs (an indented 正文 line
 * after a newline gets its own first-line indent, as a new 段 should).
 */
export function textLines(text: string): string[] {
  return xmlSafe(text).split(LINE_END);
}
