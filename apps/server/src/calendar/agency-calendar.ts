import {
  builtInCalendar,
  isRegionalLayerId,
  regionalLayer,
  type HolidayYear,
  type RegionalLayerId,
  type WorkingCalendar,
} from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { findAgencyLayers, listEnteredYears, type HolidayYearRow } from './calendar.repository.ts';

export function toHolidayYear(row: HolidayYearRow): HolidayYear {
  return {
    year: row.year,
    notice: row.notice,
    documentNumber: row.documentNumber,
    arrangements: row.arrangements,
  };
}

/** The national calendar: the years built in and those administrators entered. */
export async function nationalCalendar(db: DbOrTx): Promise<WorkingCalendar> {
  const entered = await listEnteredYears(db);
  return builtInCalendar().withNationalYears(entered.map(toHolidayYear));
}

/** The regional layers the agency chose (none until an administrator sets them). */
export async function agencyLayerIds(db: DbOrTx, agencyId: string): Promise<RegionalLayerId[]> {
  const row = await findAgencyLayers(db, agencyId);
  return (row?.layers ?? []).filter(isRegionalLayerId);
}

/** The calendar an agency's deadlines are counted on: national years plus its layers. */
export async function agencyCalendar(db: DbOrTx, agencyId: string): Promise<WorkingCalendar> {
  const [national, layers] = await Promise.all([
    nationalCalendar(db),
    agencyLayerIds(db, agencyId),
  ]);
  return national.withLayers(layers.map(regionalLayer));
}
