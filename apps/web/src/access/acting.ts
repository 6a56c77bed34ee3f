import type { AccessRequest } from './access-api.ts';

/** A modal's state: open or closing, on which request, mounted afresh each time (key). */
export interface Acting {
  readonly open: boolean;
  readonly request: AccessRequest | null;
  readonly key: number;
}

export const IDLE: Acting = { open: false, request: null, key: 0 };

export const start =
  (request: AccessRequest) =>
  (prev: Acting): Acting => ({ open: true, request, key: prev.key + 1 });

export const stop = (prev: Acting): Acting => ({ ...prev, open: false });
