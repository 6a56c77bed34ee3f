import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import type { DocumentLayout } from '@liuhen/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentFontsMissingError } from './document-fonts.ts';
import { createRenderPool } from './render-pool.ts';
import { pageTexts, withPdf } from './test-support/poppler.ts';
import { SAMPLE, sampleDecisionLayout } from './test-support/sample-decision.ts';

const producedAt = new Date('2026-01-20T08:00:00Z');
const pool = createRenderPool({ size: 2 });
afterAll(() => pool.close());

const unknownBlock = {
  ...sampleDecisionLayout(),
  blocks: [{ type: 'poem', text: '床前明月光' }],
} as unknown as DocumentLayout;

describe('the PDF render pool', () => {
  it('renders on worker threads and hands back the whole buffer', async () => {
    const rendered = await pool.render(sampleDecisionLayout(), producedAt);
    expect(rendered.threadId).not.toBe(threadId);
    expect(rendered.threadId).toBeGreaterThan(0);
    expect(Buffer.from(rendered.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    // Transferred, not a view into some larger shared buffer.
    expect(rendered.bytes.byteOffset).toBe(0);
    expect(rendered.bytes.buffer.byteLength).toBe(rendered.bytes.byteLength);
    await withPdf(rendered.bytes, async (file) => {
      expect((await pageTexts(file)).join('')).toContain(SAMPLE.party);
    });
  });

  it('runs two documents at once on its two threads', async () => {
    const rendered = await Promise.all([
      pool.render(sampleDecisionLayout(), producedAt),
      pool.render(sampleDecisionLayout({ draft: true }), producedAt),
    ]);
    expect(new Set(rendered.map((one) => one.threadId)).size).toBe(2);
  });

  it('rejects a bad layout with its error and goes on serving on the same threads', async () => {
    const threads = new Set<number>();
    for (let round = 0; round < 2; round++) {
      const failure = await pool
        .renderPdf(unknownBlock, producedAt)
        .catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(Error);
      expect(failure).toMatchObject({
        name: 'LayoutError',
        message: 'unknown layout block type "poem"',
      });
      threads.add((await pool.render(sampleDecisionLayout(), producedAt)).threadId);
    }
    const again = await Promise.all([
      pool.render(sampleDecisionLayout(), producedAt),
      pool.render(sampleDecisionLayout(), producedAt),
    ]);
    for (const one of again) threads.add(one.threadId);
    expect(threads.size).toBe(2);
  });

  it('rejects a layout that cannot cross to a thread without losing the thread', async () => {
    const layout = { ...sampleDecisionLayout(), extra: () => 1 } as unknown as DocumentLayout;
    await expect(pool.renderPdf(layout, producedAt)).rejects.toThrow(/could not be cloned/);
    await expect(pool.renderPdf(sampleDecisionLayout(), producedAt)).resolves.toBeInstanceOf(
      Uint8Array,
    );
  });

  it('replaces a thread that dies, failing only the job it was running', async () => {
    const crashing = createRenderPool({
      size: 1,
      workerScript: new URL('./test-support/crashing-render-worker.ts', import.meta.url),
    });
    try {
      const before = await crashing.render(sampleDecisionLayout(), producedAt);
      const crash = crashing.render({ ...sampleDecisionLayout(), masthead: 'CRASH' }, producedAt);
      const queued = crashing.render(sampleDecisionLayout(), producedAt);
      await expect(crash).rejects.toThrow(/render thread stopped.*crashed \(test\)/);
      const after = await queued;
      expect(after.threadId).not.toBe(before.threadId);
      expect(after.bytes.byteLength).toBeGreaterThan(1000);
    } finally {
      await crashing.close();
    }
  });

  it('says which fonts are missing, as the typed error, when a thread has none', async () => {
    const empty = await mkdtemp(path.join(tmpdir(), 'liuhen-no-fonts-'));
    const fontless = createRenderPool({ size: 1, fontsDirectory: empty });
    try {
      const failure = await fontless.renderPdf(sampleDecisionLayout(), producedAt).catch((e) => e);
      expect(failure).toBeInstanceOf(DocumentFontsMissingError);
      expect((failure as DocumentFontsMissingError).missing).toHaveLength(3);
      expect((failure as Error).message).toContain('fonts-noto-cjk');
    } finally {
      await fontless.close();
      await rm(empty, { recursive: true, force: true });
    }
  });

  it('rejects what is still waiting when closed', async () => {
    const closing = createRenderPool({ size: 1 });
    const outcomes = [1, 2, 3].map(() =>
      closing.renderPdf(sampleDecisionLayout(), producedAt).catch((error: unknown) => error),
    );
    await closing.close();
    for (const outcome of await Promise.all(outcomes)) {
      expect(outcome).toMatchObject({ message: 'the PDF render pool was closed' });
    }
    await expect(closing.renderPdf(sampleDecisionLayout(), producedAt)).rejects.toThrow(/closed/);
  });
});
