export * from './vocabulary.ts';
export * from './instant.ts';
export * from './enforcement-case.ts';
export * from './case-event.ts';
export * from './decision-period-vocabulary.ts';
export * from './case-number.ts';
export * from './case-path.ts';
export * from './emergency-launch.ts';
