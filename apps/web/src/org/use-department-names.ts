import { useEffect, useMemo, useRef, useState } from 'react';
import { listDepartments } from '../api/agencies.ts';
import type { Department } from '../api/types.ts';

/**
 * Department names for the agencies in view (users carry only ids). Each agency's list is
 * fetched once per page visit; a failed fetch just leaves its names blank.
 */
export function useDepartmentNames(agencyIds: readonly (string | null)[]): Map<string, string> {
  const [byAgency, setByAgency] = useState<ReadonlyMap<string, Department[]>>(new Map());
  const requested = useRef(new Set<string>());
  const wanted = [...new Set(agencyIds.filter((id): id is string => id !== null))].sort();
  const wantedKey = wanted.join(',');

  useEffect(() => {
    for (const agencyId of wantedKey ? wantedKey.split(',') : []) {
      if (requested.current.has(agencyId)) continue;
      requested.current.add(agencyId);
      listDepartments(agencyId).then(
        (departments) => setByAgency((prev) => new Map(prev).set(agencyId, departments)),
        () => requested.current.delete(agencyId),
      );
    }
  }, [wantedKey]);

  return useMemo(() => {
    const names = new Map<string, string>();
    for (const departments of byAgency.values()) {
      for (const department of departments) names.set(department.id, department.name);
    }
    return names;
  }, [byAgency]);
}
