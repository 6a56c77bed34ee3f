import { execFileSync } from 'node:child_process';
import { request } from 'node:https';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';
import { createTestDatabase, testDriver, type TestDatabase } from './support/test-database.ts';

/**
 * The server as `npm start` runs it, with a certificate made here by openssl: HTTPS when
 * given one, and a warning when it listens beyond this machine in clear. On the PostgreSQL
 * suite each start gets its own database through DATABASE_URL; on PGlite its data folder.
 */
let dir: string;
let cert: Buffer;
const databases: TestDatabase[] = [];

async function databaseEnv(): Promise<Record<string, string>> {
  if (testDriver === 'pglite') return {};
  const database = await createTestDatabase();
  databases.push(database);
  return database.target.driver === 'postgres' ? { DATABASE_URL: database.target.url } : {};
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'liuhen-transport-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  cert = await readFile(path.join(dir, 'cert.pem'));
});
afterAll(async () => {
  for (const database of databases) await database.drop();
  await rm(dir, { recursive: true, force: true });
});

/** A request over TLS trusting only the test's own certificate. */
function httpsRequest(
  url: string,
  init: { method?: string; body?: string } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: init.method ?? 'GET',
        ca: cert,
        headers: init.body === undefined ? {} : { 'content-type': 'application/json' },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe(`transport (${testDriver})`, () => {
  it(
    'serves HTTPS with TLS_CERT_FILE and TLS_KEY_FILE, with Secure cookies and no warning',
    { timeout: 180_000 },
    async () => {
      const server: ServerProcess = await startServerProcess({
        dataDir: path.join(dir, 'https'),
        startTimeoutMs: 150_000,
        env: {
          TLS_CERT_FILE: path.join(dir, 'cert.pem'),
          TLS_KEY_FILE: path.join(dir, 'key.pem'),
          HOST: '0.0.0.0',
        },
      });
      try {
        const port = new URL(server.url).port;
        expect(server.output()).toContain(`https://localhost:${port}/`);
        expect(server.output()).not.toContain('WARNING');

        const health = await httpsRequest(`https://127.0.0.1:${port}/api/v1/health`);
        expect(health.status).toBe(200);

        const login = await httpsRequest(`https://127.0.0.1:${port}/api/v1/auth/login`, {
          method: 'POST',
          body: JSON.stringify({ username: 'admin', password: server.oneTimePassword }),
        });
        expect(login.status).toBe(200);
        const cookie = [login.headers['set-cookie'] ?? []].flat().join('\n');
        expect(cookie).toMatch(/liuhen_session=[^;]+;.*Secure/i);

        // Plain HTTP on the same port is not an answer a browser could use.
        await expect(fetch(`http://127.0.0.1:${port}/api/v1/health`)).rejects.toThrow();
      } finally {
        await server.kill('SIGTERM');
      }
    },
  );

  it(
    'warns in Chinese and English when it listens beyond this machine over plain HTTP',
    { timeout: 180_000 },
    async () => {
      const server = await startServerProcess({
        dataDir: path.join(dir, 'plain'),
        startTimeoutMs: 150_000,
        env: { HOST: '0.0.0.0', ...(await databaseEnv()) },
      });
      try {
        expect(server.output()).toContain('警告：正在以明文 HTTP 监听 0.0.0.0');
        expect(server.output()).toContain('WARNING: listening on 0.0.0.0 over plain HTTP');
        expect((await fetch(`${server.url}/api/v1/health`)).status).toBe(200);
      } finally {
        await server.kill('SIGTERM');
      }
    },
  );
});
