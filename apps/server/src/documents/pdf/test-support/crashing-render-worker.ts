import { parentPort } from 'node:worker_threads';
import type { RenderJob } from '../render-worker.ts';

/**
 * The real render worker, except that a layout whose masthead is CRASH kills the thread
 * the way an uncaught exception in a library callback would.
 */
parentPort!.on('message', (job: RenderJob) => {
  if (job.layout.masthead === 'CRASH') throw new Error('the render thread crashed (test)');
});
await import('../render-worker.ts');
