import type { SignatureRole } from '@liuhen/domain';

interface Chained {
  readonly signature: {
    readonly id: string;
    readonly role: SignatureRole;
    readonly supersedesId: string | null;
  };
}

/**
 * The signature each line of a record prints: the newest of its chain, the one no later
 * signature supersedes (the table lets each line have one chain, superseded at most once
 * per link, so there is one per role).
 */
export function currentSignatures<T extends Chained>(
  listings: readonly T[],
): Map<SignatureRole, T> {
  const superseded = new Set(listings.map((listing) => listing.signature.supersedesId));
  const current = new Map<SignatureRole, T>();
  for (const listing of listings) {
    if (!superseded.has(listing.signature.id)) current.set(listing.signature.role, listing);
  }
  return current;
}
