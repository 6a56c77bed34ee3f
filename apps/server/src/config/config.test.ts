import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
    ['EVIDENCE_STORE', 'ftp'],
    ['EVIDENCE_RETENTION_DAYS', '0'],
    ['S3_ENDPOINT', 'minio:9000'],
    ['S3_FORCE_PATH_STYLE', 'sometimes'],
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

  it("takes the documents' fonts from DOCUMENT_FONTS_DIR, else from the system", () => {
    expect(loadConfig({}).documentFontsDir).toBeUndefined();
    expect(loadConfig({ DOCUMENT_FONTS_DIR: 'fonts' }).documentFontsDir).toBe(
      path.resolve('fonts'),
    );
  });

  it('keeps evidence in EVIDENCE_DIR by default, locked for ten years where it is locked', () => {
    const config = loadConfig({ EVIDENCE_DIR: '/srv/evidence' });
    expect(config.evidenceStore).toEqual({
      kind: 'filesystem',
      dir: path.resolve('/srv/evidence'),
    });
    expect(config.evidenceRetentionDays).toBe(3650);
  });

  it('configures an S3-compatible store from the S3_ variables', () => {
    const config = loadConfig({
      EVIDENCE_STORE: 's3',
      S3_ENDPOINT: 'https://obs.cn-north-4.example.com',
      S3_BUCKET: 'liuhen-evidence',
      S3_ACCESS_KEY_ID: 'AKID',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: 'true',
      EVIDENCE_RETENTION_DAYS: '1095',
    });
    expect(config.evidenceStore).toEqual({
      kind: 's3',
      endpoint: 'https://obs.cn-north-4.example.com',
      region: 'us-east-1',
      bucket: 'liuhen-evidence',
      credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' },
      forcePathStyle: true,
    });
    expect(config.evidenceRetentionDays).toBe(1095);
  });

  it("leaves AWS S3's endpoint and credentials to the SDK when none are given", () => {
    const config = loadConfig({ EVIDENCE_STORE: 's3', S3_BUCKET: 'b-1', S3_REGION: 'cn-north-1' });
    expect(config.evidenceStore).toEqual({
      kind: 's3',
      region: 'cn-north-1',
      bucket: 'b-1',
      forcePathStyle: false,
    });
  });

  it.each([
    [{ EVIDENCE_STORE: 's3' }, ['S3_BUCKET']],
    [
      { EVIDENCE_STORE: 's3', S3_BUCKET: 'b-1', S3_ACCESS_KEY_ID: 'AKID' },
      ['S3_SECRET_ACCESS_KEY'],
    ],
    [{ EVIDENCE_STORE: 's3', S3_BUCKET: 'b-1', S3_SECRET_ACCESS_KEY: 's' }, ['S3_ACCESS_KEY_ID']],
  ])('an S3 store missing a setting (%o) stops start-up naming it', (env, variables) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as ConfigError).variables).toEqual(variables);
    expect((thrown as ConfigError).message).toContain(`${variables[0]}=`);
  });

  it('does not ask for S3 settings while the store is the filesystem', () => {
    expect(loadConfig({ S3_ACCESS_KEY_ID: 'AKID' }).evidenceStore.kind).toBe('filesystem');
  });

  it('ignores empty variables and unrelated ones', () => {
    expect(loadConfig({ PORT: '', HOME: '/root' }).port).toBe(8080);
  });
});

describe('TLS settings', () => {
  const pemDir = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'liuhen-tls-'));
    writeFileSync(
      path.join(dir, 'cert.pem'),
      '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
    );
    writeFileSync(
      path.join(dir, 'key.pem'),
      '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n',
    );
    writeFileSync(path.join(dir, 'notes.txt'), 'not a certificate');
    return dir;
  };
  const variablesOf = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (error) {
      return (error as ConfigError).variables;
    }
    return [];
  };

  it('serves HTTPS with both files, and then sends Secure cookies by default', () => {
    const dir = pemDir();
    const config = loadConfig({
      TLS_CERT_FILE: path.join(dir, 'cert.pem'),
      TLS_KEY_FILE: path.join(dir, 'key.pem'),
    });
    expect(config.tls?.cert.toString()).toContain('BEGIN CERTIFICATE');
    expect(config.cookieSecure).toBe(true);
    expect(
      loadConfig({
        TLS_CERT_FILE: path.join(dir, 'cert.pem'),
        TLS_KEY_FILE: path.join(dir, 'key.pem'),
        COOKIE_SECURE: 'false',
      }).cookieSecure,
    ).toBe(false);
    rmSync(dir, { recursive: true });
  });

  it('without them plain HTTP, cookies without Secure unless asked', () => {
    expect(loadConfig({}).tls).toBeUndefined();
    expect(loadConfig({}).cookieSecure).toBe(false);
    expect(loadConfig({ COOKIE_SECURE: 'true' }).cookieSecure).toBe(true);
  });

  it('refuses one without the other, a missing file and a file that is not PEM', () => {
    const dir = pemDir();
    expect(variablesOf({ TLS_CERT_FILE: path.join(dir, 'cert.pem') })).toEqual(['TLS_KEY_FILE']);
    expect(variablesOf({ TLS_KEY_FILE: path.join(dir, 'key.pem') })).toEqual(['TLS_CERT_FILE']);
    expect(
      variablesOf({
        TLS_CERT_FILE: path.join(dir, 'absent.pem'),
        TLS_KEY_FILE: path.join(dir, 'key.pem'),
      }),
    ).toEqual(['TLS_CERT_FILE']);
    expect(
      variablesOf({
        TLS_CERT_FILE: path.join(dir, 'cert.pem'),
        TLS_KEY_FILE: path.join(dir, 'notes.txt'),
      }),
    ).toEqual(['TLS_KEY_FILE']);
    rmSync(dir, { recursive: true });
  });
});
