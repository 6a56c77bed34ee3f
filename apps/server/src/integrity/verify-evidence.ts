import type { DbOrTx } from '../db/database.ts';
import type { EvidenceStore } from '../evidence/evidence-store.ts';
import type { DigestPool } from '../uploads/digest-pool.ts';
import { rowsNotMatching } from './evidence-scrub.ts';
import { evidenceProblem } from './raise-alarms.ts';
import { hashStoredObject } from './hash-object.ts';
import { casesOfObjects, storedEntriesOf, type ObjectCase } from './object-cases.ts';
import { nextObjects } from './scrub-state.repository.ts';

export interface CorruptedObject {
  readonly evidenceObjectId: string;
  readonly agencyId: string;
  readonly storageKey: string;
  readonly problem: string;
  readonly cases: readonly ObjectCase[];
  readonly ledgerEntries: readonly { readonly log: string; readonly seq: number }[];
}

/**
 * Every stored object re-hashed at once, for `liuhen ledger verify` (the server's scrub
 * does the same at a pace, resumably). Reports, records nothing: the command line may run
 * beside a stopped server, and an operator reads its output.
 */
export async function verifyEvidenceStore(
  deps: { readonly db: DbOrTx; readonly store: EvidenceStore; readonly pool: DigestPool },
  onObject?: (checked: number) => void,
): Promise<{
  readonly objectsChecked: number;
  readonly bytesChecked: number;
  readonly corrupted: CorruptedObject[];
}> {
  const corrupted: CorruptedObject[] = [];
  let cursor: string | null = null;
  let objectsChecked = 0;
  let bytesChecked = 0;
  for (;;) {
    const page = await nextObjects(deps.db, cursor, 50);
    if (page.length === 0) break;
    for (const { storageKey, objects } of page) {
      const found = await hashStoredObject(deps, storageKey);
      objectsChecked += 1;
      if (found.kind === 'hashed') bytesChecked += found.sizeBytes;
      onObject?.(objectsChecked);
      for (const object of rowsNotMatching(objects, found)) {
        const [cases, ledgerEntries] = await Promise.all([
          casesOfObjects(deps.db, [object.id]),
          storedEntriesOf(deps.db, [object.id]),
        ]);
        corrupted.push({
          evidenceObjectId: object.id,
          agencyId: object.agencyId,
          storageKey,
          problem: evidenceProblem(found),
          cases,
          ledgerEntries,
        });
      }
      cursor = storageKey;
    }
  }
  return { objectsChecked, bytesChecked, corrupted };
}
