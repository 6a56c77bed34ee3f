import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { documentSettings } from '../db/schema.ts';

export type DocumentSettingsRow = typeof documentSettings.$inferSelect;
export type NewDocumentSettingsRow = typeof documentSettings.$inferInsert;

export async function latestSettings(
  db: DbOrTx,
  agencyId: string,
): Promise<DocumentSettingsRow | undefined> {
  const [row] = await db
    .select()
    .from(documentSettings)
    .where(eq(documentSettings.agencyId, agencyId))
    .orderBy(desc(documentSettings.version))
    .limit(1);
  return row;
}

export async function findSettingsVersion(
  db: DbOrTx,
  agencyId: string,
  version: number,
): Promise<DocumentSettingsRow | undefined> {
  const [row] = await db
    .select()
    .from(documentSettings)
    .where(and(eq(documentSettings.agencyId, agencyId), eq(documentSettings.version, version)));
  return row;
}

export async function insertSettings(
  tx: DbOrTx,
  row: NewDocumentSettingsRow,
): Promise<DocumentSettingsRow> {
  const [inserted] = await tx.insert(documentSettings).values(row).returning();
  return inserted!;
}
