export * from './av-file-name.ts';
