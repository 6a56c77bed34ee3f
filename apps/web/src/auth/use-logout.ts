import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { logout } from '../api/auth.ts';
import { LOGIN_PATH } from './paths.ts';
import { useSession } from './session-context.ts';

/** Ends the server session (best effort), forgets the user, and shows the login page. */
export function useLogout(): () => Promise<void> {
  const { signOut } = useSession();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await logout();
    } catch {
      // The session may already be gone on the server; the user still leaves.
    }
    signOut();
    await navigate(LOGIN_PATH, { replace: true });
  }, [signOut, navigate]);
}
