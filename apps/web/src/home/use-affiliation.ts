import { useEffect, useState } from 'react';
import { getAgency, listDepartments } from '../api/agencies.ts';
import type { User } from '../api/types.ts';

export interface Affiliation {
  readonly agencyName: string | null;
  readonly departmentName: string | null;
}

/** The names of the user's agency and department (the user record carries only ids). */
export function useAffiliation(user: User): Affiliation | null {
  const { agencyId, departmentId } = user;
  const key = `${agencyId ?? ''}/${departmentId ?? ''}`;
  const [loaded, setLoaded] = useState<{ key: string; value: Affiliation } | null>(null);

  useEffect(() => {
    if (!agencyId) return;
    let cancelled = false;
    Promise.all([
      getAgency(agencyId),
      departmentId ? listDepartments(agencyId) : Promise.resolve([]),
    ]).then(
      ([agency, departments]) => {
        if (cancelled) return;
        const department = departments.find((d) => d.id === departmentId);
        setLoaded({
          key,
          value: { agencyName: agency.name, departmentName: department?.name ?? null },
        });
      },
      () => !cancelled && setLoaded({ key, value: { agencyName: null, departmentName: null } }),
    );
    return () => {
      cancelled = true;
    };
  }, [agencyId, departmentId, key]);

  if (!agencyId) return { agencyName: null, departmentName: null };
  return loaded?.key === key ? loaded.value : null;
}
