import { Navigate, Outlet, useLocation } from 'react-router';
import { FullPageSpin } from '../common/FullPageSpin.tsx';
import { CHANGE_PASSWORD_PATH, LOGIN_PATH } from './paths.ts';
import { useSession } from './session-context.ts';

/** Routes behind a session; a user on a one-time password can only change it. */
export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signed-out') {
    return <Navigate to={LOGIN_PATH} replace state={{ from: location, expired: state.expired }} />;
  }
  if (state.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return <Outlet />;
}
