import { useCallback, useEffect, useRef, useState } from 'react';
import { runUpload, type UploadControl, type UploadReport } from './run-upload.ts';
import { isFinal, isInProgress, type UploadPhase } from './upload-stage.ts';

/** One file on the upload list. */
export interface UploadItem {
  readonly key: string;
  readonly file: File;
  readonly phase: UploadPhase;
  readonly percent: number;
  readonly paused: boolean;
  readonly message?: string;
  readonly sha256?: string;
  readonly evidenceObjectId?: string;
  /** The AV record made from it (登记音像记录), once made. */
  readonly avRecordId?: string;
}

export interface UploadQueue {
  readonly items: readonly UploadItem[];
  /** Any file being hashed, sent or checked: leaving the page would interrupt it. */
  readonly busy: boolean;
  add(files: readonly File[]): void;
  pause(key: string): void;
  resume(key: string): void;
  cancel(key: string): void;
  retry(key: string): void;
  remove(key: string): void;
  markRegistered(key: string, avRecordId: string): void;
}

/** Two at a time: enough to keep the line busy while one file is being hashed. */
const CONCURRENCY = 2;

let counter = 0;
const nextKey = () => `upload-${Date.now()}-${(counter += 1)}`;

/**
 * The case's upload list: files wait, then go two at a time through runUpload. Each row
 * can be paused, resumed, cancelled or (after an interruption) retried. The list lives as
 * long as the case page; leaving it pauses what is running (tus resumes it next time).
 */
export function useUploadQueue(caseId: string): UploadQueue {
  const [items, setItems] = useState<UploadItem[]>([]);
  const controls = useRef(new Map<string, UploadControl>());

  const patch = useCallback((key: string, report: UploadReport | Partial<UploadItem>) => {
    setItems((prev) => prev.map((item) => (item.key === key ? { ...item, ...report } : item)));
  }, []);

  const start = useCallback(
    (item: UploadItem, knownSha256?: string) => {
      const control = runUpload({
        file: item.file,
        caseId,
        ...(knownSha256 ? { knownSha256 } : {}),
        onReport: (report) => patch(item.key, report),
      });
      controls.current.set(item.key, control);
    },
    [caseId, patch],
  );

  // Start waiting files while fewer than CONCURRENCY are working.
  useEffect(() => {
    const running = items.filter(
      (item) => controls.current.has(item.key) && !isFinal(item.phase) && !item.paused,
    ).length;
    const waiting = items.filter(
      (item) => item.phase === 'queued' && !item.paused && !controls.current.has(item.key),
    );
    for (const item of waiting.slice(0, Math.max(0, CONCURRENCY - running))) start(item);
  }, [items, start]);

  // Leaving the case page pauses every upload; tus resumes it from the server's offset.
  useEffect(() => {
    const all = controls.current;
    return () => {
      for (const control of all.values()) control.pause();
      all.clear();
    };
  }, []);

  const busy = items.some((item) => isInProgress(item.phase) && !item.paused);
  useEffect(() => {
    if (!busy) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [busy]);

  const add = useCallback((files: readonly File[]) => {
    const added = files.map((file): UploadItem => ({
      key: nextKey(),
      file,
      phase: 'queued',
      percent: 0,
      paused: false,
    }));
    setItems((prev) => [...prev, ...added]);
  }, []);

  const pause = useCallback(
    (key: string) => {
      const control = controls.current.get(key);
      if (control) control.pause();
      else patch(key, { paused: true });
    },
    [patch],
  );

  const resume = useCallback(
    (key: string) => {
      const control = controls.current.get(key);
      if (control) control.resume();
      else patch(key, { paused: false });
    },
    [patch],
  );

  const cancel = useCallback(
    (key: string) => {
      const control = controls.current.get(key);
      if (control) control.cancel();
      else patch(key, { phase: 'cancelled', paused: false });
    },
    [patch],
  );

  const retry = useCallback(
    (key: string) => {
      const item = items.find((candidate) => candidate.key === key);
      if (!item) return;
      // After a mismatch the file itself may have changed: hash it again.
      const known = item.phase === 'failed' ? item.sha256 : undefined;
      patch(key, { phase: 'queued', percent: 0, paused: false, message: undefined });
      start(item, known);
    },
    [items, patch, start],
  );

  const remove = useCallback((key: string) => {
    controls.current.get(key)?.cancel();
    controls.current.delete(key);
    setItems((prev) => prev.filter((item) => item.key !== key));
  }, []);

  const markRegistered = useCallback(
    (key: string, avRecordId: string) => patch(key, { avRecordId }),
    [patch],
  );

  return { items, busy, add, pause, resume, cancel, retry, remove, markRegistered };
}
