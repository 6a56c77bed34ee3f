import type { FindingSeverity } from '@liuhen/domain';
import { call } from './client.ts';
import type { Page, ResponseOf } from './types.ts';

// 检查发现 across cases (apps/server/src/findings/findings.routes.ts).

/**
 * One finding of one case, with the case's number and name for the list; or one about an
 * imported recording no case holds yet (待分配, late or unrelated): no case, only the file.
 */
export type CaseFindingView = ResponseOf<'listFindings'>['items'][number];

export interface FindingFilter {
  readonly severities?: readonly FindingSeverity[] | undefined;
  readonly ruleId?: string | undefined;
  readonly departmentId?: string | undefined;
  /** An ISO instant: only findings with a due time at or before it. */
  readonly dueBefore?: string | undefined;
}

export function listFindings(
  filter: FindingFilter,
  cursor?: string,
  limit = 50,
): Promise<Page<CaseFindingView>> {
  return call('listFindings', {
    query: {
      cursor,
      limit,
      severity: filter.severities?.length ? filter.severities.join(',') : undefined,
      ruleId: filter.ruleId,
      departmentId: filter.departmentId,
      dueBefore: filter.dueBefore,
    },
  });
}
