import type { z } from 'zod';
import { accessEvents } from '../access/access-events.ts';
import { approvalEvents } from '../approvals/approval-events.ts';
import { calendarEvents } from '../calendar/calendar-events.ts';
import { caseLedgerEvents } from '../enforcement/case-ledger-events.ts';
import { documentEvents } from '../documents/document-events.ts';
import { signatureEvents } from '../documents/signature-events.ts';
import { evidenceEvents } from '../evidence/evidence-events.ts';
import { authEvents } from '../identity/auth-events.ts';
import { integrityEvents } from '../integrity/integrity-events.ts';
import { identityEvents } from '../identity/identity-events.ts';
import { profileEvents } from '../profiles/profile-events.ts';
import { incidentEvents } from '../incidents/incident-events.ts';
import { caseFactsEvents } from '../case-facts/case-facts-events.ts';
import { powerEvents } from '../powers/power-events.ts';
import { stationImportEvents } from '../station-import/station-import-events.ts';
import { systemEvents } from './system-events.ts';

/**
 * Every kind of ledger event, by action name, with the schema of its data. Each module
 * defines its own in its folder and adds them here; an action not in the catalogue
 * cannot be recorded.
 */
export const EVENT_CATALOGUE = {
  ...systemEvents,
  ...authEvents,
  ...identityEvents,
  ...caseLedgerEvents,
  ...approvalEvents,
  ...evidenceEvents,
  ...stationImportEvents,
  ...incidentEvents,
  ...accessEvents,
  ...integrityEvents,
  ...calendarEvents,
  ...profileEvents,
  ...powerEvents,
  ...caseFactsEvents,
  ...documentEvents,
  ...signatureEvents,
} as const;

export type EventAction = keyof typeof EVENT_CATALOGUE;
export type EventData<A extends EventAction> = z.infer<(typeof EVENT_CATALOGUE)[A]['data']>;

export function isEventAction(action: string): action is EventAction {
  return Object.hasOwn(EVENT_CATALOGUE, action);
}
