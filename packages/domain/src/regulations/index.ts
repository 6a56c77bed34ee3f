export * from './library-sources.ts';
