import { call } from '../api/client.ts';
import type { BodyOf, Schema } from '../api/types.ts';

// 案件事实 (issue 16): one current version per case, each save a new one.

export type CaseFacts = Schema<'CaseFacts'>;
export type CaseFactsVersion = Schema<'CaseFactsVersion'>;
export type CaseFactsBody = BodyOf<'saveCaseFacts'>;

export function getCaseFacts(caseId: string): Promise<CaseFacts> {
  return call('getCaseFacts', { path: { id: caseId } });
}

export function saveCaseFacts(caseId: string, body: CaseFactsBody): Promise<CaseFacts> {
  return call('saveCaseFacts', { path: { id: caseId }, body });
}
