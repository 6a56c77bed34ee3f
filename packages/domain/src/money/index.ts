export * from './yuan.ts';
export * from './parse-yuan.ts';
export * from './yuan-in-words.ts';
export * from './yuan-schema.ts';
