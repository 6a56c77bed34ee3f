export * from './retention-category.ts';
export * from './case-file-retention.ts';
export * from './retention-subject.ts';
export * from './retention-decision.ts';
export * from './retention-end.ts';
export * from './seed-provisions.ts';
export * from './av-subject.ts';
export * from './retention-of.ts';
