export * from './plain-date.ts';
export * from './holidays-data.ts';
export * from './working-days.ts';
