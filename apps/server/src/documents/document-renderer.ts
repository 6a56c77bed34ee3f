import type { DocumentLayout } from '@liuhen/domain';

/**
 * Turns layouts into files. PDF rendering (font subsetting, layout) runs in worker threads
 * (./pdf/render-pool.ts) so issuing never blocks the event loop; DOCX is light (XML in a zip)
 * and is made on the calling thread.
 */
export interface DocumentRenderer {
  pdf(layout: DocumentLayout, producedAt: Date): Promise<Uint8Array>;
  docx(layout: DocumentLayout): Promise<Uint8Array>;
  close(): Promise<void>;
}
