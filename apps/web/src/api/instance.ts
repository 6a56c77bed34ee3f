import { request } from './client.ts';

export interface InstanceInfo {
  readonly demo: boolean;
  readonly version: string;
}

export function getInstance(): Promise<InstanceInfo> {
  return request<InstanceInfo>('GET', '/instance');
}
