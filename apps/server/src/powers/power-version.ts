import { createHash } from 'node:crypto';
import { canonicalJsonText, powerContentOf, yuanFromFen, type PowerVersion } from '@liuhen/domain';
import type { PowerVersionRow } from './powers.repository.ts';

/** A stored row as the domain reads it (amounts back to `Yuan`). */
export function powerVersionOf(row: PowerVersionRow): PowerVersion {
  const yuan = (fen: number | null) => (fen === null ? null : yuanFromFen(fen));
  return {
    powerId: row.powerId,
    version: row.version,
    withdrawn: row.withdrawn,
    code: row.code,
    name: row.name,
    category: row.category,
    provisionViolated: row.provisionViolated,
    provisionApplied: row.provisionApplied,
    penaltyKinds: row.penaltyKinds,
    fineMin: yuan(row.fineMin),
    fineMax: yuan(row.fineMax),
    levels: row.levels.map((level) => ({
      ...level,
      fineMin: yuan(level.fineMin),
      fineMax: yuan(level.fineMax),
    })),
  };
}

/**
 * SHA-256 of a version's canonical JSON (its identity, whether withdrawn, and its content,
 * amounts in 分): stored with the row and pinned by the ledger entry that saved it.
 */
export function powerVersionDigest(version: PowerVersion): string {
  const body = {
    powerId: version.powerId,
    version: version.version,
    withdrawn: version.withdrawn,
    ...powerContentOf(version),
  };
  return createHash('sha256').update(canonicalJsonText(body)).digest('hex');
}
