import type { Checkpoint } from './ledger-api.ts';

export function checkpointFileName(checkpoint: Checkpoint): string {
  return `liuhen-checkpoint-${checkpoint.logId}-${checkpoint.treeSize}.json`;
}

/**
 * Saves the checkpoint exactly as the API returned it, as pretty JSON, for
 * `liuhen ledger verify --published <文件>`.
 */
export function downloadCheckpoint(checkpoint: Checkpoint): void {
  const blob = new Blob([JSON.stringify(checkpoint, null, 2)], {
    type: 'application/json',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = checkpointFileName(checkpoint);
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
