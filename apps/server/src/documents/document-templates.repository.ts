import { and, asc, desc, eq } from 'drizzle-orm';
import type { RecordTypeId } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { documentTemplates } from '../db/schema.ts';

export type DocumentTemplateRow = typeof documentTemplates.$inferSelect;
export type NewDocumentTemplateRow = typeof documentTemplates.$inferInsert;

/** The agency's newest template of the kind, if it wrote one. */
export async function latestTemplate(
  db: DbOrTx,
  agencyId: string,
  kind: RecordTypeId,
): Promise<DocumentTemplateRow | undefined> {
  const [row] = await db
    .select()
    .from(documentTemplates)
    .where(and(eq(documentTemplates.agencyId, agencyId), eq(documentTemplates.kind, kind)))
    .orderBy(desc(documentTemplates.version))
    .limit(1);
  return row;
}

/** The agency's newest template of every kind it wrote one for. */
export async function latestTemplates(
  db: DbOrTx,
  agencyId: string,
): Promise<DocumentTemplateRow[]> {
  return db
    .selectDistinctOn([documentTemplates.kind])
    .from(documentTemplates)
    .where(eq(documentTemplates.agencyId, agencyId))
    .orderBy(asc(documentTemplates.kind), desc(documentTemplates.version));
}

export async function insertTemplate(
  tx: DbOrTx,
  row: NewDocumentTemplateRow,
): Promise<DocumentTemplateRow> {
  const [inserted] = await tx.insert(documentTemplates).values(row).returning();
  return inserted!;
}
