import { useCallback, useEffect, useState } from 'react';
import { listDepartments } from '../api/agencies.ts';
import type { Department } from '../api/types.ts';
import { useReportError } from '../api/use-report-error.ts';

export interface DepartmentList {
  readonly departments: Department[];
  readonly loading: boolean;
  readonly reload: () => void;
  /** Adds or replaces one department after a create or rename. */
  readonly upsert: (department: Department) => void;
}

const byName = (a: Department, b: Department) => a.name.localeCompare(b.name, 'zh-CN');

/** The departments (承办机构) of one agency; empty while no agency is chosen. */
export function useDepartments(agencyId: string | null | undefined): DepartmentList {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{
    agencyId: string;
    version: number;
    departments: Department[];
  } | null>(null);

  useEffect(() => {
    if (!agencyId) return;
    let cancelled = false;
    listDepartments(agencyId).then(
      (departments) => !cancelled && setLoaded({ agencyId, version, departments }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ agencyId, version, departments: [] });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [agencyId, version, report]);

  const current = agencyId && loaded?.agencyId === agencyId ? loaded : null;
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const upsert = useCallback(
    (department: Department) =>
      setLoaded((prev) =>
        prev && prev.agencyId === department.agencyId
          ? {
              ...prev,
              departments: [
                ...prev.departments.filter((existing) => existing.id !== department.id),
                department,
              ].sort(byName),
            }
          : prev,
      ),
    [],
  );

  return {
    departments: current?.departments ?? [],
    loading: Boolean(agencyId) && (!current || current.version !== version),
    reload,
    upsert,
  };
}
