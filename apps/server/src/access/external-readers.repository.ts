import { and, asc, eq, ilike, isNotNull, ne, or } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { agencies, users } from '../db/schema.ts';

/**
 * Active people of other agencies whose name or agency matches, for naming a grantee: who
 * they are and where, never their login names (half of what signing in as them takes).
 */
export async function findExternalReaders(
  db: DbOrTx,
  options: { readonly ownAgencyId: string; readonly search: string; readonly limit: number },
) {
  const pattern = `%${options.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({
      id: users.id,
      displayName: users.displayName,
      agencyId: agencies.id,
      agencyName: agencies.name,
    })
    .from(users)
    .innerJoin(agencies, eq(agencies.id, users.agencyId))
    .where(
      and(
        eq(users.active, true),
        isNotNull(users.agencyId),
        ne(users.agencyId, options.ownAgencyId),
        or(ilike(users.displayName, pattern), ilike(agencies.name, pattern)),
      ),
    )
    .orderBy(asc(agencies.name), asc(users.displayName))
    .limit(options.limit);
}
