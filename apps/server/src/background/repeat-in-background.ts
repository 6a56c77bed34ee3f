/**
 * Runs `work` every `intervalMs` (and once `firstDelayMs` after start), never two at once,
 * on timers that do not keep the process alive. Returns the function that stops it; an
 * interval of 0 means never.
 */
export function repeatInBackground(options: {
  readonly intervalMs: number;
  readonly firstDelayMs: number;
  readonly work: () => Promise<unknown>;
  readonly onError: (error: unknown) => void;
}): () => void {
  if (options.intervalMs <= 0) return () => {};
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    options
      .work()
      .catch(options.onError)
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(run, Math.min(options.intervalMs, options.firstDelayMs));
  const timer = setInterval(run, options.intervalMs);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
