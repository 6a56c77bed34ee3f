export * from './parse-result.ts';
export * from './resident-id.ts';
export * from './unified-credit-code.ts';
export * from './party.ts';
