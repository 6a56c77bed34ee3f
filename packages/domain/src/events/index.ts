export * from './envelope.ts';
export * from './catalogue.ts';
export * from './define-events.ts';
