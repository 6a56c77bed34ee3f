export * from './plain-date.ts';
export * from './holidays-data.ts';
export * from './working-days.ts';
export * from './working-calendar.ts';
export * from './regional-holidays.ts';
export * from './notice-parser.ts';
export * from './notice-errors.ts';
