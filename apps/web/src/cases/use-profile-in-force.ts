import { useEffect, useState } from 'react';
import { getAgencyProfileInForce, type AgencyProfileInForce } from '../api/agency-profiles.ts';
import { ApiError } from '../api/problem.ts';

/**
 * The agency's profile in force: undefined while loading or when it could not be read (the
 * server says what is wrong on submit), null when the agency has none yet (409
 * `agency-profile-not-set`: nothing can be opened until an administrator chooses one).
 */
export function useProfileInForce(
  agencyId: string | null,
): AgencyProfileInForce | null | undefined {
  const [loaded, setLoaded] = useState<{
    agencyId: string;
    inForce: AgencyProfileInForce | null | undefined;
  } | null>(null);
  useEffect(() => {
    if (!agencyId) return;
    let cancelled = false;
    getAgencyProfileInForce(agencyId).then(
      (inForce) => !cancelled && setLoaded({ agencyId, inForce }),
      (error: unknown) => {
        if (cancelled) return;
        const notSet = error instanceof ApiError && error.is('agency-profile-not-set');
        setLoaded({ agencyId, inForce: notSet ? null : undefined });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [agencyId]);
  return agencyId && loaded?.agencyId === agencyId ? loaded.inForce : undefined;
}
