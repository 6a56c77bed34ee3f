import { Upload, defaultOptions, type PreviousUpload } from 'tus-js-client';
import { csrfHeaders } from '../api/client.ts';
import { ApiError, problemText } from '../api/problem.ts';
import { UPLOADS_ENDPOINT, getUpload } from './av-api.ts';
import { sha256OfFile } from './hash-file.ts';
import { createPauseGate } from './pause-gate.ts';
import {
  classifyRejection,
  classifyUploadError,
  uploadIdOf,
  type UploadFailure,
} from './upload-problem.ts';
import type { UploadPhase } from './upload-stage.ts';

/**
 * 64 MiB per PATCH. Each PATCH costs the server an fsync, a database write and a round trip
 * (8 MiB PATCHes ingest at half the speed of one stream: README, Performance), and a
 * connection lost mid-PATCH loses nothing: the server keeps and fsyncs what arrived, and
 * tus resumes from that offset.
 */
const CHUNK_BYTES = 64 * 1024 * 1024;
/** Field networks drop often; tus resumes from the server's offset after each delay. */
const RETRY_DELAYS = [0, 1_000, 3_000, 5_000, 10_000, 20_000, 30_000];
/** After the last PATCH the server may still be committing to the store. */
const STATUS_POLLS = 60;
const STATUS_POLL_MS = 1_000;

/** A change in one file's progress, merged into its row. */
export interface UploadReport {
  readonly phase?: UploadPhase;
  readonly percent?: number;
  readonly paused?: boolean;
  readonly message?: string;
  readonly sha256?: string;
  readonly uploadId?: string;
  readonly evidenceObjectId?: string;
}

export interface UploadControl {
  pause(): void;
  resume(): void;
  cancel(): void;
}

export interface RunUploadOptions {
  readonly file: File;
  readonly caseId: string;
  /** Known from an earlier attempt on the same file: hashing is skipped. */
  readonly knownSha256?: string;
  readonly onReport: (report: UploadReport) => void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The newest unfinished upload of these very bytes to this case, to resume it. */
function sameUpload(
  previous: readonly PreviousUpload[],
  sha256: string,
  caseId: string,
): PreviousUpload | undefined {
  return previous
    .filter((entry) => entry.metadata.sha256 === sha256 && entry.metadata.caseId === caseId)
    .sort((a, b) => Date.parse(b.creationTime) - Date.parse(a.creationTime))[0];
}

/** A refused upload must not be resumed next time: forget it in the browser. */
async function forget(upload: Upload): Promise<void> {
  if (!upload.url) return;
  const previous = await upload.findPreviousUploads().catch(() => []);
  for (const entry of previous) {
    if (entry.uploadUrl === upload.url) {
      await defaultOptions.urlStorage.removeUpload(entry.urlStorageKey).catch(() => undefined);
    }
  }
}

/**
 * One file into the evidence store: SHA-256 in the browser (校验计算中), tus upload with
 * the hash declared (上传中), then the server's own check and commit (服务器校验) until it
 * says stored or refused. A paused or interrupted upload resumes from the server's offset,
 * also after a reload (tus keeps the upload's address in localStorage).
 */
export function runUpload({
  file,
  caseId,
  knownSha256,
  onReport,
}: RunUploadOptions): UploadControl {
  const gate = createPauseGate();
  const cancelled = new AbortController();
  let upload: Upload | null = null;
  let started = false;
  let finished = false;

  const report = (patch: UploadReport) => {
    if (!finished) onReport(patch);
  };
  const finish = (patch: UploadReport) => {
    report({ ...patch, paused: false });
    finished = true;
  };
  const fail = (failure: UploadFailure) => {
    finish({ phase: failure.phase, message: failure.message });
    if (failure.phase !== 'failed' && upload) void forget(upload);
  };

  async function hash(): Promise<string> {
    if (knownSha256) return knownSha256;
    report({ phase: 'hashing', percent: 0 });
    return sha256OfFile(file, {
      signal: cancelled.signal,
      beforeSlice: () => gate.wait(),
      onProgress: (hashed, total) => report({ percent: total > 0 ? (hashed / total) * 100 : 100 }),
    });
  }

  async function settle(id: string | undefined): Promise<void> {
    if (!id) {
      finish({ phase: 'failed', message: '服务器未返回上传编号，请刷新后查看是否已入库。' });
      return;
    }
    report({ phase: 'verifying', percent: 100, uploadId: id });
    for (let attempt = 0; attempt < STATUS_POLLS && !finished; attempt += 1) {
      const view = await getUpload(id);
      if (view.status === 'completed' && view.evidenceObject) {
        finish({ phase: 'stored', percent: 100, evidenceObjectId: view.evidenceObject.id });
        return;
      }
      if (view.status === 'rejected') {
        fail(classifyRejection(view.rejection ?? { type: '', detail: '' }));
        return;
      }
      if (view.status === 'terminated') {
        finish({ phase: 'cancelled' });
        return;
      }
      await sleep(STATUS_POLL_MS);
    }
    finish({
      phase: 'failed',
      message: '文件已全部上传，服务器仍在校验入库；请稍后刷新页面查看。',
    });
  }

  async function send(sha256: string): Promise<void> {
    report({ phase: 'uploading', percent: 0, sha256 });
    const tus = new Upload(file, {
      endpoint: UPLOADS_ENDPOINT,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS,
      removeFingerprintOnSuccess: true,
      metadata: {
        filename: file.name,
        filetype: file.type || 'application/octet-stream',
        sha256,
        caseId,
      },
      onBeforeRequest: (request) => {
        for (const [name, value] of Object.entries(csrfHeaders())) request.setHeader(name, value);
      },
      onProgress: (sent, total) => {
        // Every byte is out; the last PATCH's answer waits for the server's hash check.
        if (total > 0 && sent >= total) report({ phase: 'verifying', percent: 100 });
        else report({ phase: 'uploading', percent: total > 0 ? (sent / total) * 100 : 0 });
      },
      onSuccess: () => {
        settle(uploadIdOf(tus.url)).catch((error: unknown) =>
          finish({
            phase: 'failed',
            message:
              error instanceof ApiError
                ? `无法确认入库结果：${problemText(error.problem)}`
                : '无法确认入库结果，请刷新页面查看。',
          }),
        );
      },
      onError: (error) => fail(classifyUploadError(error)),
    });
    upload = tus;
    const previous = sameUpload(await tus.findPreviousUploads(), sha256, caseId);
    if (previous) tus.resumeFromPreviousUpload(previous);
    // Paused between hashing and sending: start when resumed (resume() starts it then).
    await gate.wait();
    if (cancelled.signal.aborted || started) return;
    started = true;
    tus.start();
  }

  void (async () => {
    try {
      const sha256 = await hash();
      if (cancelled.signal.aborted) return;
      await send(sha256);
    } catch (error) {
      if (cancelled.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      finish({
        phase: 'failed',
        message: `无法读取文件，请确认文件仍在原处且未被占用。（${reason}）`,
      });
    }
  })();

  return {
    pause() {
      if (finished || gate.paused) return;
      gate.pause();
      if (started && upload) void upload.abort(false);
      report({ paused: true });
    },
    resume() {
      if (finished || !gate.paused) return;
      gate.resume();
      if (started && upload) upload.start();
      report({ paused: false });
    },
    cancel() {
      if (finished) return;
      cancelled.abort();
      gate.resume();
      if (upload && started) {
        // Terminates the upload on the server (tus DELETE) and forgets it in the browser.
        upload.abort(true).catch(() => undefined);
      }
      finish({ phase: 'cancelled' });
    },
  };
}
