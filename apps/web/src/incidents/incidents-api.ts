import { call } from '../api/client.ts';
import type { BodyOf, Page, Schema } from '../api/types.ts';
import type { ImportedFileDetail } from '../imports/imports-api.ts';

// 事件: subjects of recordings that are not cases (004 第十二条(十)(十一)): 重大突发事件、
// 群体性事件, 专项行动. Docked files are placed on them and labelled with their name.

export type IncidentView = Schema<'Incident'>;
export type IncidentDetail = Schema<'IncidentDetail'>;
export type IncidentRecording = Schema<'IncidentRecording'>;
export type IncidentKind = IncidentView['kind'];
export type RegisterIncidentInput = BodyOf<'registerIncident'>;

export function listIncidents(
  q: string | undefined,
  cursor?: string,
  limit = 50,
): Promise<Page<IncidentView>> {
  return call('listIncidents', { query: { q, cursor, limit } });
}

export function getIncident(id: string): Promise<IncidentDetail> {
  return call('getIncident', { path: { id } });
}

export function registerIncident(input: RegisterIncidentInput): Promise<IncidentDetail> {
  return call('registerIncident', { body: input });
}

/** Places a docked file on an incident, with a reason (on the ledger). */
export function assignImportedFileToIncident(
  fileId: string,
  input: BodyOf<'assignImportedFileToIncident'>,
): Promise<ImportedFileDetail> {
  return call('assignImportedFileToIncident', { path: { id: fileId }, body: input });
}
