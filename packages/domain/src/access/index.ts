export * from './permissions.ts';
export * from './role-reach.ts';
export * from './access-decision.ts';
export * from './confidentiality.ts';
export * from './access-events.ts';
export * from './read-scope.ts';
export * from './mask-record-content.ts';
export * from './material-kinds.ts';
