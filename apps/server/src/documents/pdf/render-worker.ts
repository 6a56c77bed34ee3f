import { parentPort, threadId, workerData } from 'node:worker_threads';
import type { DocumentLayout } from '@liuhen/domain';
import { DocumentFontsMissingError, loadDocumentFonts } from './document-fonts.ts';
import { renderPdf } from './render-pdf.ts';

/**
 * One render thread of the pool (render-pool.ts): it reads the fonts once, then renders
 * the jobs it is handed one at a time and transfers each PDF's bytes back without copying.
 */
export interface RenderJob {
  readonly id: number;
  readonly layout: DocumentLayout;
  /** Milliseconds since the epoch: Dates cross threads, but a number cannot be mistaken. */
  readonly producedAt: number;
}

export interface SerializedError {
  readonly name: string;
  readonly message: string;
  /** DocumentFontsMissingError's list, so the main thread can rebuild it. */
  readonly missing?: readonly string[];
}

export type RenderReply =
  | {
      readonly id: number;
      readonly ok: true;
      readonly bytes: Uint8Array;
      readonly threadId: number;
      readonly milliseconds: number;
    }
  | { readonly id: number; readonly ok: false; readonly error: SerializedError };

export interface RenderWorkerData {
  readonly fontsDirectory: string | undefined;
}

const { fontsDirectory } = workerData as RenderWorkerData;
// Started with the thread, so the first document does not wait for 70 MB of fonts; a
// failure is reported with the first job (and retried with the next).
loadDocumentFonts({ directory: fontsDirectory }).catch(() => {});

function serialize(error: unknown): SerializedError {
  if (error instanceof DocumentFontsMissingError) {
    return { name: error.name, message: error.message, missing: error.missing };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

parentPort!.on('message', async (job: RenderJob) => {
  const started = performance.now();
  try {
    const fonts = await loadDocumentFonts({ directory: fontsDirectory });
    const bytes = await renderPdf(job.layout, { fonts, producedAt: new Date(job.producedAt) });
    const reply: RenderReply = {
      id: job.id,
      ok: true,
      bytes,
      threadId,
      milliseconds: performance.now() - started,
    };
    parentPort!.postMessage(reply, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    const reply: RenderReply = { id: job.id, ok: false, error: serialize(error) };
    parentPort!.postMessage(reply);
  }
});
