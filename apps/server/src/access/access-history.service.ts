import type { Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import * as cases from '../cases/cases.repository.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import type { Db } from '../db/database.ts';
import { caseMaterialIds } from './access.repository.ts';
import { entriesAbout, importedFileIdsPlacedOn } from './access-history.repository.ts';
import { ACCESS_HISTORY_ACTIONS, accessHistoryItem, readOnCase } from './access-history.ts';
import { authorizeCase } from './case-access.ts';

/**
 * A case's complete access history (issue 7 Build 5): every view of the case, its records,
 * recordings and attachments, and every request, decision and revocation of access — read
 * from the ledger, so the history is as tamper-evident as the entries it lists.
 */
export function createAccessHistoryService(db: Db, now: () => Date) {
  return {
    async ofCase(actor: Actor, caseId: string) {
      const row = await cases.findCase(db, caseId);
      await authorizeCase(db, actor, 'access:export_history', row, { now: now() });
      const { records, recordings, attachments } = await caseMaterialIds(db, caseId);
      const importedFiles = await importedFileIdsPlacedOn(db, caseId);
      const targets = [
        `case:${caseId}`,
        ...records.map((id) => `record:${id}`),
        ...recordings.map((id) => `av_record:${id}`),
        ...attachments.map((id) => `record_attachment:${id}`),
        ...importedFiles.map((id) => `imported_file:${id}`),
      ];
      const items = (await entriesAbout(db, targets, ACCESS_HISTORY_ACTIONS))
        .filter((entry) => readOnCase(entry, caseId))
        .map(accessHistoryItem);
      const names = await displayNames(
        db,
        items.map((item) => item.actor.id),
      );
      const agency = await findAgency(db, row!.agencyId);
      return {
        caseNumber: row!.caseNumber,
        caseName: row!.name,
        agencyName: agency?.name ?? '',
        exportedAt: now(),
        items: items.map((item) => ({
          ...item,
          actor: {
            ...item.actor,
            displayName: item.actor.id === null ? '' : (names.get(item.actor.id) ?? ''),
          },
        })),
      };
    },
  };
}
export type AccessHistoryService = ReturnType<typeof createAccessHistoryService>;
