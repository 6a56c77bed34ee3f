import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';

/**
 * The evidence store (专用存储器). The body-camera issue fills in writing and reading;
 * for now the server only makes sure the folder exists and is writable, and reports it.
 */
export interface EvidenceStoreStatus {
  readonly kind: 'filesystem';
  readonly status: 'ok' | 'unavailable';
  readonly detail?: string;
}

export interface EvidenceStore {
  status(): Promise<EvidenceStoreStatus>;
}

export async function openFilesystemEvidenceStore(root: string): Promise<EvidenceStore> {
  await mkdir(root, { recursive: true });
  return {
    async status() {
      try {
        await access(root, constants.W_OK | constants.R_OK);
        return { kind: 'filesystem', status: 'ok' };
      } catch (error) {
        return { kind: 'filesystem', status: 'unavailable', detail: (error as Error).message };
      }
    },
  };
}
