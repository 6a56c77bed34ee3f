import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { fetchSession } from '../api/auth.ts';
import { setClientHooks, setCsrfToken } from '../api/client.ts';
import { ApiError } from '../api/problem.ts';
import type { Session, User } from '../api/types.ts';
import { SessionContext, type SessionApi, type SessionState } from './session-context.ts';

/**
 * Holds who is signed in. Restores the session from the cookie at start, and reacts to the
 * API client: a 401 signs out (the guard then shows the login page), a 403
 * password-change-required marks the user so the guard shows the change-password page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    setClientHooks({
      onUnauthenticated: () => {
        setCsrfToken(null);
        setState((prev) => ({ status: 'signed-out', expired: prev.status === 'signed-in' }));
      },
      onPasswordChangeRequired: () =>
        setState((prev) =>
          prev.status === 'signed-in'
            ? { status: 'signed-in', user: { ...prev.user, mustChangePassword: true } }
            : prev,
        ),
    });
    let cancelled = false;
    fetchSession().then(
      (session) => {
        if (cancelled) return;
        setCsrfToken(session.csrfToken);
        setState({ status: 'signed-in', user: session.user });
      },
      (error: unknown) => {
        if (cancelled) return;
        if (!(error instanceof ApiError) || error.status !== 401) console.error(error);
        setState({ status: 'signed-out', expired: false });
      },
    );
    return () => {
      cancelled = true;
      setClientHooks(null);
    };
  }, []);

  const api = useMemo<SessionApi>(
    () => ({
      state,
      signIn: (session: Session) => {
        setCsrfToken(session.csrfToken);
        setState({ status: 'signed-in', user: session.user });
      },
      signOut: () => {
        setCsrfToken(null);
        setState({ status: 'signed-out', expired: false });
      },
      updateUser: (user: User) =>
        setState((prev) => (prev.status === 'signed-in' ? { status: 'signed-in', user } : prev)),
    }),
    [state],
  );

  return <SessionContext.Provider value={api}>{children}</SessionContext.Provider>;
}
