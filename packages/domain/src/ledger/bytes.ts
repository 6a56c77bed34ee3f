/**
 * Byte helpers for hashes. The domain package is also bundled into the browser, so these use
 * only Uint8Array and plain arithmetic: no Buffer, and no atob/btoa (which work on "binary
 * strings" and differ in what they tolerate).
 */

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return false;
  }
  return true;
}

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Value of each ASCII character in the base64 alphabet, -1 for characters outside it. */
const BASE64_VALUES: readonly number[] = Array.from({ length: 128 }, (_, code) =>
  BASE64_ALPHABET.indexOf(String.fromCharCode(code)),
);

/** Standard base64 (RFC 4648 §4) with padding. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const first = bytes[i] ?? 0;
    const second = bytes[i + 1];
    const third = bytes[i + 2];
    const group = (first << 16) | ((second ?? 0) << 8) | (third ?? 0);
    text += BASE64_ALPHABET.charAt((group >> 18) & 63);
    text += BASE64_ALPHABET.charAt((group >> 12) & 63);
    text += second === undefined ? '=' : BASE64_ALPHABET.charAt((group >> 6) & 63);
    text += third === undefined ? '=' : BASE64_ALPHABET.charAt(group & 63);
  }
  return text;
}

/**
 * Decodes standard padded base64 strictly: anything toBase64 would not have produced (missing
 * padding, whitespace, the URL-safe alphabet, non-zero bits after the last byte) is refused, so
 * one hash has exactly one textual form.
 */
export function fromBase64(text: string): Uint8Array {
  if (text.length % 4 !== 0) {
    throw new SyntaxError(`base64 text has length ${text.length}, not a multiple of 4`);
  }
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let written = 0;
  for (let i = 0; i < text.length; i += 4) {
    const isLastGroup = i + 4 === text.length;
    const digitCount = isLastGroup ? 4 - padding : 4;
    let group = 0;
    for (let j = 0; j < 4; j++) {
      const value = j < digitCount ? base64Value(text, i + j) : 0;
      group = (group << 6) | value;
    }
    const groupBytes = [(group >> 16) & 255, (group >> 8) & 255, group & 255];
    const keptBytes = digitCount - 1;
    if (groupBytes.slice(keptBytes).some((byte) => byte !== 0)) {
      throw new SyntaxError('base64 text has non-zero bits after its last byte');
    }
    for (const byte of groupBytes.slice(0, keptBytes)) bytes[written++] = byte;
  }
  return bytes;
}

function base64Value(text: string, position: number): number {
  const value = BASE64_VALUES[text.charCodeAt(position)] ?? -1;
  if (value < 0) {
    throw new SyntaxError(
      `base64 text has ${JSON.stringify(text.charAt(position))} at position ${position}`,
    );
  }
  return value;
}
