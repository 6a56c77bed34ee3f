import { useCallback } from 'react';
import { useCursorList } from '../common/use-cursor-list.ts';
import { listCheckpoints, type Checkpoint } from './ledger-api.ts';

/** A row of the history: the checkpoint untouched (it is downloaded as is), keyed by size. */
export interface CheckpointRow {
  readonly id: string;
  readonly checkpoint: Checkpoint;
}

const PAGE_SIZE = 50;

/**
 * One log's checkpoints, newest first, 50 at a time. The server pages by tree size
 * (`nextBefore`), which is carried here as the list's cursor.
 */
export function useCheckpointHistory(logId: string) {
  const fetchPage = useCallback(
    async (cursor: string | undefined) => {
      const page = await listCheckpoints(
        logId,
        cursor === undefined ? undefined : Number(cursor),
        PAGE_SIZE,
      );
      return {
        items: page.items.map((checkpoint) => ({ id: String(checkpoint.treeSize), checkpoint })),
        nextCursor: page.nextBefore === null ? null : String(page.nextBefore),
      };
    },
    [logId],
  );
  return useCursorList<CheckpointRow>(fetchPage);
}
