import { desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { deliveryReceipts, electronicDeliveries, users } from '../db/schema.ts';

export type ElectronicDeliveryRow = typeof electronicDeliveries.$inferSelect;
export type DeliveryReceiptRow = typeof deliveryReceipts.$inferSelect;

export interface DeliveryListing {
  readonly delivery: ElectronicDeliveryRow;
  readonly sentByName: string;
  readonly receipt: DeliveryReceiptRow | null;
}

const columns = {
  delivery: electronicDeliveries,
  sentByName: users.displayName,
  receipt: deliveryReceipts,
};

function base(db: DbOrTx) {
  return db
    .select(columns)
    .from(electronicDeliveries)
    .innerJoin(users, eq(users.id, electronicDeliveries.sentBy))
    .leftJoin(deliveryReceipts, eq(deliveryReceipts.deliveryId, electronicDeliveries.id));
}

export async function insertDelivery(
  tx: DbOrTx,
  row: typeof electronicDeliveries.$inferInsert,
): Promise<ElectronicDeliveryRow> {
  const [inserted] = await tx.insert(electronicDeliveries).values(row).returning();
  return inserted!;
}

export async function listForDocument(db: DbOrTx, documentId: string): Promise<DeliveryListing[]> {
  return base(db)
    .where(eq(electronicDeliveries.documentId, documentId))
    .orderBy(desc(electronicDeliveries.sentAt));
}

export async function findDelivery(db: DbOrTx, id: string): Promise<DeliveryListing | undefined> {
  const [row] = await base(db).where(eq(electronicDeliveries.id, id));
  return row;
}

export async function findByToken(
  db: DbOrTx,
  tokenSha256: string,
): Promise<DeliveryListing | undefined> {
  const [row] = await base(db).where(eq(electronicDeliveries.tokenSha256, tokenSha256));
  return row;
}

/** The first opening wins: a second one (or a race) inserts nothing and reads the first. */
export async function recordReceipt(
  tx: DbOrTx,
  row: typeof deliveryReceipts.$inferInsert,
): Promise<{ receipt: DeliveryReceiptRow; first: boolean }> {
  const [inserted] = await tx
    .insert(deliveryReceipts)
    .values(row)
    .onConflictDoNothing()
    .returning();
  if (inserted) return { receipt: inserted, first: true };
  const [existing] = await tx
    .select()
    .from(deliveryReceipts)
    .where(eq(deliveryReceipts.deliveryId, row.deliveryId));
  return { receipt: existing!, first: false };
}
