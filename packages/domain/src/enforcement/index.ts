export * from './vocabulary.ts';
export * from './instant.ts';
export * from './enforcement-case.ts';
export * from './case-event.ts';
