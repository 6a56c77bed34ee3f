export * from './capture-window.ts';
export * from './match-recording.ts';
export * from './imported-file-findings.ts';
export * from './station-import-events.ts';
export * from './camera-clock.ts';
