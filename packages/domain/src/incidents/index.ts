export * from './incident-kind.ts';
export * from './incident-input.ts';
export * from './incident-recording.ts';
export * from './incident-events.ts';
