/**
 * One line at the bottom of the terminal: all bytes of the run (hashing counts once, sending
 * once), the speed and the file in hand. Off a terminal (a log file, a test) it prints a
 * plain line now and then instead of redrawing.
 */
export interface ProgressBar {
  /** `bytes` more of `total` were read or sent. */
  advance(bytes: number): void;
  /** What is being done, e.g. "上传 3/12 DSJ001.mp4". */
  label(text: string): void;
  /** A line that stays (a file's result), printed above the bar. */
  print(line: string): void;
  done(): void;
}

const WIDTH = 28;
const MIB = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MIB) return `${(bytes / 1024 / MIB).toFixed(2)} GB`;
  if (bytes >= MIB) return `${(bytes / MIB).toFixed(1)} MB`;
  return `${Math.ceil(bytes / 1024)} KB`;
}

export function renderBar(done: number, total: number, speedBytesPerSecond: number): string {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * WIDTH);
  const percent = String(Math.floor(fraction * 100)).padStart(3);
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent}% ${formatBytes(done)}/${formatBytes(total)} ${formatBytes(speedBytesPerSecond)}/s`;
}

export function createProgressBar(
  totalBytes: number,
  stream: NodeJS.WriteStream = process.stderr,
  clock: () => number = Date.now,
): ProgressBar {
  const interactive = stream.isTTY === true;
  const started = clock();
  let done = 0;
  let text = '';
  let lastDrawn = 0;
  const line = () => {
    const seconds = Math.max(0.001, (clock() - started) / 1000);
    return `${renderBar(done, totalBytes, done / seconds)} ${text}`;
  };
  const draw = (force: boolean) => {
    const now = clock();
    if (!force && now - lastDrawn < (interactive ? 100 : 5000)) return;
    lastDrawn = now;
    if (interactive) stream.write(`\r\x1b[2K${line()}`);
    else stream.write(`${line()}\n`);
  };
  return {
    advance(bytes) {
      done += bytes;
      draw(false);
    },
    label(next) {
      text = next;
      draw(interactive);
    },
    print(message) {
      if (interactive) stream.write('\r\x1b[2K');
      process.stdout.write(`${message}\n`);
      if (interactive) draw(true);
    },
    done() {
      draw(true);
      if (interactive) stream.write('\n');
    },
  };
}
