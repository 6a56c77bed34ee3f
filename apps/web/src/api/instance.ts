import { call } from './client.ts';
import type { ResponseOf } from './types.ts';

export type InstanceInfo = ResponseOf<'getInstance'>;

export function getInstance(): Promise<InstanceInfo> {
  return call('getInstance');
}
