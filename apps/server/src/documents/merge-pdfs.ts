import { PDFDocument } from 'pdf-lib';

/**
 * One PDF of several, pages in the order given, for printing at once. The sources are only
 * read (their pages copied into a new file), so the issued PDFs stay exactly as issued;
 * the result is a print-out, not an original, and says so in its metadata.
 */
export async function mergePdfs(
  files: readonly Uint8Array[],
  meta: { readonly title: string; readonly subject: string; readonly at: Date },
): Promise<{ readonly bytes: Uint8Array; readonly pageCount: number }> {
  const merged = await PDFDocument.create({ updateMetadata: false });
  for (const file of files) {
    const source = await PDFDocument.load(file, { updateMetadata: false });
    const pages = await merged.copyPages(source, source.getPageIndices());
    for (const page of pages) merged.addPage(page);
  }
  merged.setTitle(meta.title, { showInWindowTitleBar: true });
  merged.setSubject(meta.subject);
  merged.setProducer('Liuhen (留痕) batch print');
  merged.setCreationDate(meta.at);
  merged.setModificationDate(meta.at);
  merged.setLanguage('zh-CN');
  return { bytes: await merged.save(), pageCount: merged.getPageCount() };
}
