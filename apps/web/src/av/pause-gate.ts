/**
 * A gate a long loop waits at between steps: open, it lets the loop through at once;
 * paused, the loop waits until it is resumed.
 */
export interface PauseGate {
  readonly paused: boolean;
  pause(): void;
  resume(): void;
  /** Resolves when the gate is open. */
  wait(): Promise<void>;
}

export function createPauseGate(): PauseGate {
  let waiting: { promise: Promise<void>; open: () => void } | null = null;
  return {
    get paused() {
      return waiting !== null;
    },
    pause() {
      if (waiting) return;
      let open = () => {};
      const promise = new Promise<void>((resolve) => {
        open = resolve;
      });
      waiting = { promise, open };
    },
    resume() {
      const current = waiting;
      waiting = null;
      current?.open();
    },
    wait() {
      return waiting?.promise ?? Promise.resolve();
    },
  };
}
