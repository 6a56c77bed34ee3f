import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/database.ts';
import { agencyHolidayLayers, holidayYears } from '../db/schema.ts';

export type HolidayYearRow = typeof holidayYears.$inferSelect;

export async function listEnteredYears(db: DbOrTx): Promise<HolidayYearRow[]> {
  return db.select().from(holidayYears).orderBy(asc(holidayYears.year));
}

export async function insertEnteredYear(db: DbOrTx, row: typeof holidayYears.$inferInsert) {
  const [inserted] = await db.insert(holidayYears).values(row).returning();
  if (!inserted) throw new Error('insert returned no row');
  return inserted;
}

export async function findAgencyLayers(db: DbOrTx, agencyId: string) {
  const [row] = await db
    .select()
    .from(agencyHolidayLayers)
    .where(eq(agencyHolidayLayers.agencyId, agencyId));
  return row;
}

export async function saveAgencyLayers(
  db: DbOrTx,
  row: {
    agencyId: string;
    layers: (typeof agencyHolidayLayers.$inferInsert)['layers'];
    setBy: string;
  },
) {
  await db
    .insert(agencyHolidayLayers)
    .values(row)
    .onConflictDoUpdate({
      target: agencyHolidayLayers.agencyId,
      set: { layers: row.layers, setBy: row.setBy, updatedAt: new Date() },
    });
}
