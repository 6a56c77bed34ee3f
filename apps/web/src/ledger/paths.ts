/** The public ledger portal; reachable without signing in. */
export const PUBLIC_LEDGER_PATH = '/public/ledger';
