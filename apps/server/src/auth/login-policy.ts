/** 10 consecutive failures within the window lock the login name for 15 minutes. */
export const LOGIN_MAX_FAILURES = 10;
export const LOGIN_FAILURE_WINDOW_MS = 15 * 60_000;
export const LOGIN_LOCK_MS = 15 * 60_000;

/**
 * Guessing the current password at a signed-in session (POST /auth/password) counts the
 * same way, per user: 10 wrong within 15 minutes lock password changes for 15 minutes.
 */
export const PASSWORD_CHANGE_MAX_FAILURES = LOGIN_MAX_FAILURES;

/**
 * Its row in the throttle table. Upper case, which a login name never is once normalised,
 * so no login attempt can count against (or lock) a user's password changes.
 */
export function passwordChangeThrottleKey(userId: string): string {
  return `PASSWORD-CHANGE:${userId}`;
}
