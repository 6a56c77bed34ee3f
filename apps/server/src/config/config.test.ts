import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to PGlite in ./data/db and port 8080', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.database).toEqual({ driver: 'pglite', dir: path.resolve('data/db') });
    expect(config.evidenceDir).toBe(path.resolve('data/evidence'));
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@db.example:5432/liuhen',
      PORT: '9000',
    });
    expect(config.database).toEqual({
      driver: 'postgres',
      url: 'postgres://u@db.example:5432/liuhen',
    });
    expect(config.port).toBe(9000);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['LOG_LEVEL', 'loud'],
    ['COOKIE_SECURE', 'maybe'],
    ['SESSION_TTL_HOURS', '0'],
  ])('an invalid %s=%s stops start-up naming the variable', (variable, value) => {
    let thrown: unknown;
    try {
      loadConfig({ [variable]: value });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variables).toEqual([variable]);
    expect((thrown as ConfigError).message).toContain(`${variable}=${JSON.stringify(value)}`);
  });

  it('ignores empty variables and unrelated ones', () => {
    expect(loadConfig({ PORT: '', HOME: '/root' }).port).toBe(8080);
  });
});
