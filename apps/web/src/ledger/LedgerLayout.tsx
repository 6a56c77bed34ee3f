import { useSession } from '../auth/session-context.ts';
import { FullPageSpin } from '../common/FullPageSpin.tsx';
import { AppShell } from '../layout/AppShell.tsx';
import { PublicLayout } from './PublicLayout.tsx';

/**
 * The portal is public, but a signed-in user reaches it from the menu and keeps the menu:
 * inside the app shell when signed in, in the public frame otherwise.
 */
export function LedgerLayout() {
  const { state } = useSession();
  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signed-in' && !state.user.mustChangePassword) return <AppShell />;
  return <PublicLayout />;
}
