import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentLayout } from '@liuhen/domain';
import { DocumentFontsMissingError } from './document-fonts.ts';
import type { RenderJob, RenderReply, RenderWorkerData, SerializedError } from './render-worker.ts';

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  /** The worker thread that rendered it (never the main thread's 0). */
  readonly threadId: number;
  readonly milliseconds: number;
}

export interface RenderPool {
  readonly size: number;
  renderPdf(layout: DocumentLayout, producedAt: Date): Promise<Uint8Array>;
  /** The same, with which thread rendered it and how long that took. */
  render(layout: DocumentLayout, producedAt: Date): Promise<RenderedPdf>;
  /** Rejects whatever is still queued or running, and stops the threads. */
  close(): Promise<void>;
}

export interface RenderPoolOptions {
  /** Threads; default min(2, cores): a 10-page 决定书 takes a fraction of a second. */
  readonly size?: number;
  /** DOCUMENT_FONTS_DIR; undefined: the system's fonts. */
  readonly fontsDirectory?: string | undefined;
  /** Another script speaking render-worker.ts's messages (tests make one crash). */
  readonly workerScript?: URL;
}

interface Pending {
  readonly job: RenderJob;
  readonly resolve: (rendered: RenderedPdf) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  worker: Worker | null;
  running: Pending | null;
}

function rebuild(error: SerializedError): Error {
  if (error.name === 'DocumentFontsMissingError') {
    return new DocumentFontsMissingError(error.missing ?? [], error.message);
  }
  const rebuilt = new Error(error.message);
  rebuilt.name = error.name;
  return rebuilt;
}

/**
 * Worker threads that render PDFs, so a document never holds up the server's event loop.
 * Jobs wait in one queue and go to whichever thread is free; a thread is started when
 * first needed and replaced when it dies, failing only the job it was running.
 */
export function createRenderPool(options: RenderPoolOptions = {}): RenderPool {
  const size = options.size ?? Math.min(2, availableParallelism());
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`pool size ${size}`);
  const script = options.workerScript ?? new URL('./render-worker.ts', import.meta.url);
  const data: RenderWorkerData = { fontsDirectory: options.fontsDirectory };
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: null, running: null }));
  const queue: Pending[] = [];
  let nextId = 0;
  let closed = false;

  function start(slot: Slot): Worker {
    const worker = new Worker(script, { workerData: data });
    let failure: Error | undefined;
    worker.on('message', (reply: RenderReply) => {
      const pending = slot.running;
      if (pending === null || pending.job.id !== reply.id) return;
      slot.running = null;
      if (reply.ok) {
        pending.resolve({
          bytes: reply.bytes,
          threadId: reply.threadId,
          milliseconds: reply.milliseconds,
        });
      } else {
        pending.reject(rebuild(reply.error));
      }
      pump();
    });
    worker.on('error', (error) => {
      failure = error;
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      slot.worker = null;
      const pending = slot.running;
      slot.running = null;
      if (closed) return;
      pending?.reject(
        new Error(
          `the PDF render thread stopped (exit code ${code})${failure ? `: ${failure.message}` : ''}`,
          { cause: failure },
        ),
      );
      pump();
    });
    return worker;
  }

  function pump() {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.running !== null) continue;
      const pending = queue.shift()!;
      slot.running = pending;
      slot.worker ??= start(slot);
      try {
        slot.worker.postMessage(pending.job);
      } catch (error) {
        // A layout that cannot be cloned to another thread (say, holding a function).
        slot.running = null;
        pending.reject(error instanceof Error ? error : new Error(String(error)));
      }
    }
  }

  function render(layout: DocumentLayout, producedAt: Date): Promise<RenderedPdf> {
    if (closed) return Promise.reject(new Error('the PDF render pool is closed'));
    return new Promise((resolve, reject) => {
      queue.push({
        job: { id: nextId++, layout, producedAt: producedAt.getTime() },
        resolve,
        reject,
      });
      pump();
    });
  }

  return {
    size,
    render,
    async renderPdf(layout, producedAt) {
      return (await render(layout, producedAt)).bytes;
    },
    async close() {
      closed = true;
      const stopped = new Error('the PDF render pool was closed');
      for (const pending of queue.splice(0)) pending.reject(stopped);
      for (const slot of slots) slot.running?.reject(stopped);
      await Promise.all(
        slots.map(async (slot) => {
          const worker = slot.worker;
          slot.worker = null;
          slot.running = null;
          await worker?.terminate();
        }),
      );
    },
  };
}
