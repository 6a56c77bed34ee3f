import type { CaseScope } from '@liuhen/domain';
import { sql, type SQL } from 'drizzle-orm';
import { cases } from '../db/schema.ts';

/**
 * The list filter for a person's case scope (@liuhen/domain caseScopeFor), in SQL over
 * `cases`: a list never shows a case its reader could not open. Cases the person holds a
 * grant in force on, for the whole case, are shown in every scope (a grant limited to some
 * records or recordings opens those, not the case).
 */
export function caseScopeCondition(scope: CaseScope, personId: string, now: Date): SQL {
  const onCase = sql`exists (select 1 from case_officers o
    where o.case_id = ${cases.id} and o.user_id = ${personId})`;
  const granted = sql`exists (select 1 from access_requests r
    join access_decisions d on d.request_id = r.id and d.approved
    where r.case_id = ${cases.id} and r.grantee_id = ${personId}
      and 'case:read' = any(r.permissions) and r.subject_ids is null
      and d.valid_until > ${now.toISOString()}::timestamptz
      and not exists (select 1 from access_revocations v where v.request_id = r.id))`;
  switch (scope.kind) {
    case 'agency':
      return sql`(${cases.agencyId} = ${scope.agencyId} or ${granted})`;
    case 'department':
      return sql`((${cases.agencyId} = ${scope.agencyId} and ${cases.departmentId} = ${scope.departmentId}) or ${onCase} or ${granted})`;
    case 'assigned':
      return sql`(${onCase} or ${granted})`;
    case 'supervised':
      return scope.agencyIds.length === 0
        ? granted
        : sql`(${cases.agencyId} in (${sql.join(
            scope.agencyIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )}) or ${granted})`;
    case 'granted_only':
      return granted;
  }
}
