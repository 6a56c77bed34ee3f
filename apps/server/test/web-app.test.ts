import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
let distDir: string;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'liuhen-dist-'));
  await mkdir(path.join(distDir, 'assets'));
  await writeFile(
    path.join(distDir, 'index.html'),
    '<!doctype html><title>留痕</title><div id="root"></div>',
  );
  await writeFile(path.join(distDir, 'assets', 'app-1a2b3c.js'), 'console.log("app")');
  testApp = await createTestApp({ WEB_DIST_DIR: distDir });
});
afterAll(async () => {
  await testApp.close();
  await rm(distDir, { recursive: true, force: true });
});

describe('the web app on the same port', () => {
  it('serves index.html at the root and for browser routes, never cached', async () => {
    for (const url of ['/', '/login', '/admin/users?agencyId=x']) {
      const response = await testApp.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('<title>留痕</title>');
    }
  });

  it('serves hashed assets as immutable', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/assets/app-1a2b3c.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('never answers an API path or a write with the page', async () => {
    const api = await testApp.app.inject({ method: 'GET', url: '/api/v1/unknown' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/^application\/problem\+json/);
    const staleAsset = await testApp.app.inject({ method: 'GET', url: '/assets/app-0ld.js' });
    expect(staleAsset.statusCode).toBe(404);
    const write = await testApp.app.inject({ method: 'POST', url: '/admin/users', payload: {} });
    expect(write.statusCode).toBe(404);
  });
});
