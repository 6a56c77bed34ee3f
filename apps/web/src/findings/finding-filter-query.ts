import type { FindingSeverity } from '@liuhen/domain';
import type { FilterQuery } from '../api/saved-views.ts';
import { SEVERITY_INFO, SEVERITY_ORDER } from '../cases/labels.ts';
import type { FilterCodec } from '../common/use-url-filters.ts';

export interface FindingFilterValues {
  readonly severities: FindingSeverity[];
  readonly departmentId: string | undefined;
  /** Due within the next seven days, counted when the list is fetched. */
  readonly dueSoon: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The findings list's filters in its query string: `?severity=missing,due&departmentId=…&dueSoon=true`. */
export const findingFilterCodec: FilterCodec<FindingFilterValues> = {
  read: (query) => {
    const asked = new Set((query.severity ?? '').split(','));
    return {
      // In the list's own order, so the same choice always gives the same query.
      severities: SEVERITY_ORDER.filter((severity) => asked.has(severity)),
      departmentId: UUID.test(query.departmentId ?? '') ? query.departmentId : undefined,
      dueSoon: query.dueSoon === 'true',
    };
  },
  write: (values) => {
    const query: Record<string, string> = {};
    const severities = SEVERITY_ORDER.filter((severity) => values.severities.includes(severity));
    if (severities.length > 0) query.severity = severities.join(',');
    if (values.departmentId) query.departmentId = values.departmentId;
    if (values.dueSoon) query.dueSoon = 'true';
    return query;
  },
};

export function describeFindingQuery(
  query: FilterQuery,
  departmentName: (id: string) => string | undefined,
): string[] {
  const values = findingFilterCodec.read(query);
  return [
    values.severities.length > 0 &&
      `严重程度：${values.severities.map((severity) => SEVERITY_INFO[severity].label).join('、')}`,
    values.departmentId && `承办机构：${departmentName(values.departmentId) ?? '（已不在本机关）'}`,
    values.dueSoon && '7 日内到期',
  ].filter((part): part is string => Boolean(part));
}
