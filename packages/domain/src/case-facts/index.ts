export * from './case-facts.ts';
export * from './case-facts-input.ts';
export * from './case-facts-problems.ts';
export * from './case-facts-events.ts';
