import { formatYuanPlain, yuanFromFen } from '@liuhen/domain';
import type { PowerVersionRow } from './powers.repository.ts';

/** 分 from storage → "1234.50" for the response. */
export function yuanText(fen: number | null): string | null {
  return fen === null ? null : formatYuanPlain(yuanFromFen(fen));
}

export function powerVersionView(row: PowerVersionRow, names: ReadonlyMap<string, string>) {
  return {
    id: row.powerId,
    version: row.version,
    code: row.code,
    name: row.name,
    category: row.category,
    provisionViolated: row.provisionViolated,
    provisionApplied: row.provisionApplied,
    penaltyKinds: row.penaltyKinds,
    fineMin: yuanText(row.fineMin),
    fineMax: yuanText(row.fineMax),
    levels: row.levels.map((level) => ({
      label: level.label,
      circumstances: level.circumstances,
      fineMin: yuanText(level.fineMin),
      fineMax: yuanText(level.fineMax),
      otherMeasures: level.otherMeasures,
    })),
    withdrawn: row.withdrawn,
    note: row.note,
    sha256: row.sha256,
    createdBy: row.createdBy,
    createdByName: names.get(row.createdBy) ?? '',
    createdAt: row.createdAt.toISOString(),
  };
}

/** Code first (the agency's own order), then name; withdrawn ones last. */
export function listOrder(a: PowerVersionRow, b: PowerVersionRow): number {
  if (a.withdrawn !== b.withdrawn) return a.withdrawn ? 1 : -1;
  const byCode = (a.code ?? '\uffff').localeCompare(b.code ?? '\uffff', 'zh-CN', { numeric: true });
  return byCode !== 0 ? byCode : a.name.localeCompare(b.name, 'zh-CN');
}
