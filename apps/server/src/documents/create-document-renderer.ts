import type { DocumentRenderer } from './document-renderer.ts';
import { documentProblems } from './document-problems.ts';
import { renderDocx } from './docx/render-docx.ts';
import { DocumentFontsMissingError } from './pdf/document-fonts.ts';
import { createRenderPool } from './pdf/render-pool.ts';

/** A machine without the CJK fonts says which package to install, as a 503 to the clerk. */
function explained<T>(work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    if (error instanceof DocumentFontsMissingError)
      throw documentProblems.fontMissing(error.message);
    throw error;
  });
}

/**
 * The server's renderer: PDFs on the worker pool (threads start with the first document, so
 * a server that never prints one never loads the fonts), DOCX on the calling thread.
 */
export function createDocumentRenderer(
  options: { fontsDirectory?: string | undefined } = {},
): DocumentRenderer {
  const pool = createRenderPool({ fontsDirectory: options.fontsDirectory });
  return {
    pdf: (layout, producedAt) => explained(pool.renderPdf(layout, producedAt)),
    docx: (layout) => renderDocx(layout),
    close: () => pool.close(),
  };
}
