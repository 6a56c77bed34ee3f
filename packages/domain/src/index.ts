export * from './citation/citation.ts';
export * from './identity/roles.ts';
export * from './identity/password-policy.ts';
export * from './identity/account.ts';
export * from './events/index.ts';
export * from './ledger/index.ts';
export * from './calendar/index.ts';
export * from './party/index.ts';
