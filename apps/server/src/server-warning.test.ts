import { describe, expect, it } from 'vitest';
import { loadConfig } from './config/config.ts';
import { isLoopbackHost, plainHttpWarning } from './server.ts';

describe('the plain-HTTP warning at start', () => {
  it('is given when listening beyond this machine without TLS, in Chinese and English', () => {
    const lines = plainHttpWarning(loadConfig({ HOST: '0.0.0.0' })).join('\n');
    expect(lines).toContain('警告');
    expect(lines).toContain('WARNING: listening on 0.0.0.0 over plain HTTP');
    expect(plainHttpWarning(loadConfig({ HOST: '192.168.1.20' }))).not.toEqual([]);
  });

  it('is not given on loopback, where nothing crosses a wire', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2']) {
      expect(isLoopbackHost(host)).toBe(true);
      expect(plainHttpWarning(loadConfig({ HOST: host }))).toEqual([]);
    }
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('::')).toBe(false);
  });
});
