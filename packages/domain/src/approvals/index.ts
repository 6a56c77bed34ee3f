export * from './approval-chain.ts';
export * from './approval-flow.ts';
export * from './approval-events.ts';
