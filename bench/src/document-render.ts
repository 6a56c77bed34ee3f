/**
 * What typesetting a document costs (issue 16): a ten-page 行政处罚决定书 through
 * `renderPdf` (GB/T 9704-like layout, Chinese line breaking, tables, page numbers, QR on
 * every page) against the limit measured in the same run: the same text written by pdfkit
 * with the same font and no layout at all (one `doc.text` call). Then the same document
 * through the render pool, as the server asks for it (cloning the layout to a thread and
 * the bytes back). Target: the 10-page 决定书 in under 1 s on this machine.
 *
 * Run: npm run bench:documents -w bench
 * Knobs: BENCH_DOCUMENT_RUNS (20), BENCH_DOCUMENT_FACTS (30: statement of facts repeats).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DocumentLayout } from '@liuhen/domain';
import PDFDocument from 'pdfkit';
import {
  loadDocumentFonts,
  type DocumentFonts,
} from '../../apps/server/src/documents/pdf/document-fonts.ts';
import { renderPdf } from '../../apps/server/src/documents/pdf/render-pdf.ts';
import { createRenderPool } from '../../apps/server/src/documents/pdf/render-pool.ts';
import { sampleDecisionLayout } from '../../apps/server/src/documents/pdf/test-support/sample-decision.ts';

const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_DOCUMENT_RUNS ?? 20);
const WARM_UP = 3;
const TARGET_MS = 1000;
const producedAt = new Date('2026-01-20T08:00:00Z');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function timed(work: () => Promise<Uint8Array>) {
  for (let index = 0; index < WARM_UP; index++) await work();
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let index = 0; index < RUNS; index++) {
    const started = performance.now();
    bytes = await work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), bytes };
}

/** Every word the layout prints, in order: what the plain PDF writes without any layout. */
function textOf(layout: DocumentLayout): string {
  const parts = [layout.masthead, layout.number ?? '', layout.title];
  for (const block of layout.blocks) {
    if (block.type === 'paragraph' || block.type === 'heading') parts.push(block.text);
    if (block.type === 'fields')
      parts.push(...block.rows.map((row) => `${row.label} ${row.value}`));
    if (block.type === 'table')
      parts.push(...[block.columns, ...block.rows].map((row) => row.join(' ')));
    if (block.type === 'dialogue')
      parts.push(...block.turns.map((turn) => `${turn.speaker}：${turn.text}`));
    if (block.type === 'signatures') {
      parts.push(...block.lines.map((line) => `${line.role}：${line.refusal ?? line.name ?? ''}`));
    }
  }
  if (layout.closing) parts.push(layout.closing.agencyName, layout.closing.date);
  return parts.join('\n');
}

/** The limit: pdfkit alone, the same serif face at the same size, one text call. */
async function plainPdf(fonts: DocumentFonts, text: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', info: { CreationDate: producedAt } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  doc.registerFont('serif', fonts.serif.bytes, fonts.serif.postscriptName);
  doc.font('serif').fontSize(16).text(text);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

async function pages(bytes: Uint8Array): Promise<number> {
  const directory = await mkdtemp(path.join(tmpdir(), 'liuhen-bench-documents-'));
  try {
    const file = path.join(directory, 'document.pdf');
    await writeFile(file, bytes);
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

const fonts = await loadDocumentFonts();
const layout = sampleDecisionLayout({
  factRepeats: Number(process.env.BENCH_DOCUMENT_FACTS ?? 30),
});
const text = textOf(layout);

const ours = await timed(() => renderPdf(layout, { fonts, producedAt }));
const limit = await timed(() => plainPdf(fonts, text));
const pool = createRenderPool();
let pooled: Awaited<ReturnType<typeof timed>>;
try {
  pooled = await timed(() => pool.renderPdf(layout, producedAt));
} finally {
  await pool.close();
}
const [ourPages, limitPages] = [await pages(ours.bytes), await pages(limit.bytes)];
const load = loadavg()
  .map((value) => value.toFixed(2))
  .join(' ');

console.log(
  `行政处罚决定书, ${ourPages} pages, ${[...text].length} characters: renderPdf ${ours.ms.toFixed(0)} ms ` +
    `(${(ours.bytes.length / 1024).toFixed(0)} KiB), plain pdfkit doc.text of the same text ` +
    `${limit.ms.toFixed(0)} ms (${limitPages} pages), ratio ${(ours.ms / limit.ms).toFixed(2)} ` +
    `(medians of ${RUNS} after ${WARM_UP} warm-up; load ${load})`,
);
console.log(
  `the same through the render pool (${pool.size} threads, one at a time): ${pooled.ms.toFixed(0)} ms`,
);
const passed = ours.ms < TARGET_MS;
console.log(
  `target: a 10-page 决定书 in < ${TARGET_MS} ms: ${passed ? 'PASS' : 'FAIL'} (${ours.ms.toFixed(0)} ms)`,
);
if (!passed || ourPages < 10) process.exitCode = 1;
