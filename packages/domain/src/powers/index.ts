export * from './penalty-kinds.ts';
export * from './power-category.ts';
export * from './power.ts';
export * from './power-input.ts';
export * from './field-problem.ts';
export * from './power-problems.ts';
export * from './power-events.ts';
