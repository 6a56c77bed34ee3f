import {
  ACT_TYPE_LABELS,
  ACT_TYPES,
  STAGE_LABELS,
  STAGES,
  type ActType,
  type Stage,
} from '@liuhen/domain';
import type { FilterQuery } from '../api/saved-views.ts';
import type { FilterCodec } from '../common/use-url-filters.ts';
import type { CaseFilterValues } from './CaseFilters.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : undefined;
}

/**
 * The case list's filters in its query string, with the names the case API takes:
 * `?stage=investigation&actType=penalty&departmentId=…&search=…&includeClosedInError=true`.
 */
export const caseFilterCodec: FilterCodec<CaseFilterValues> = {
  read: (query) => ({
    stage: oneOf<Stage>(STAGES, query.stage),
    actType: oneOf<ActType>(ACT_TYPES, query.actType),
    departmentId: UUID.test(query.departmentId ?? '') ? query.departmentId : undefined,
    search: (query.search ?? '').trim().slice(0, 100),
    includeClosedInError: query.includeClosedInError === 'true',
  }),
  write: (values) => {
    const query: Record<string, string> = {};
    if (values.stage) query.stage = values.stage;
    if (values.actType) query.actType = values.actType;
    if (values.departmentId) query.departmentId = values.departmentId;
    if (values.search.trim()) query.search = values.search.trim();
    if (values.includeClosedInError) query.includeClosedInError = 'true';
    return query;
  },
};

/** A saved view's filters in words, e.g. `环节：调查取证`, for the clerk to recognise it. */
export function describeCaseQuery(
  query: FilterQuery,
  departmentName: (id: string) => string | undefined,
): string[] {
  const values = caseFilterCodec.read(query);
  return [
    values.stage && `环节：${STAGE_LABELS[values.stage]}`,
    values.actType && `执法类别：${ACT_TYPE_LABELS[values.actType]}`,
    values.departmentId && `承办机构：${departmentName(values.departmentId) ?? '（已不在本机关）'}`,
    values.search && `搜索：${values.search}`,
    values.includeClosedInError && '含误立已关闭的案件',
  ].filter((part): part is string => Boolean(part));
}
