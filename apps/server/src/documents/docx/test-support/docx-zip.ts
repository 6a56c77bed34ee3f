import { strFromU8, unzipSync } from 'fflate';

/** A DOCX's parts by path (word/document.xml, word/media/…), unzipped. */
export function docxParts(docx: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(docx);
}

/** The text of an XML part, or an error naming the parts there are. */
export function docxXml(parts: Record<string, Uint8Array>, path: string): string {
  const part = parts[path];
  if (!part)
    throw new Error(`${path} is not in the DOCX (it has ${Object.keys(parts).join(', ')})`);
  return strFromU8(part);
}
