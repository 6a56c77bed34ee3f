import { PngError, readPng } from '../media/png-image.ts';
import { signatureProblems } from './signature-problems.ts';

/** A signature drawn on a screen is a few tens of KB; a scan of a seal or 指印 a few hundred. */
export const SIGNATURE_MAX_BYTES = 512 * 1024;
/** Base64 of the largest image: 4 characters for every 3 bytes. */
export const SIGNATURE_MAX_BASE64 = Math.ceil(SIGNATURE_MAX_BYTES / 3) * 4;
/** Longer than any screen or a 300 dpi scan of a signature's box needs. */
export const SIGNATURE_MAX_SIDE = 4000;

export interface CheckedSignatureImage {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/**
 * The PNG a signature is stored as, checked before it goes anywhere near the store or a
 * document: a PNG whose data inflates to what its header says (the PDF renderer must never
 * meet a broken one), of sane size, and with something drawn on it. PNG only: a JPEG scan is
 * turned into PNG by the browser before it is sent, so the server decodes no other format.
 */
export function checkSignatureImage(base64: string): CheckedSignatureImage {
  const png = Buffer.from(base64, 'base64');
  if (png.length > SIGNATURE_MAX_BYTES)
    throw signatureProblems.tooLarge(SIGNATURE_MAX_BYTES / 1024);
  let facts;
  try {
    // The side is checked from the header, before anything is inflated.
    facts = readPng(png, { maxSide: SIGNATURE_MAX_SIDE, uniform: true });
  } catch (error) {
    if (!(error instanceof PngError)) throw error;
    if (error.oversize === null) throw signatureProblems.notPng();
    const { width, height } = error.oversize;
    throw signatureProblems.tooManyPixels(width, height, SIGNATURE_MAX_SIDE);
  }
  if (facts.uniform === true) throw signatureProblems.blank();
  return { png, width: facts.width, height: facts.height };
}
