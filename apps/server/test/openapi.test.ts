import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, SESSION_COOKIE } from '../src/auth/request-context.ts';
import { OPERATION_IDS, operationKey } from '../src/http/operation-ids.ts';
import { createTestApp, signInAdmin, type Client, type TestApp } from './support/test-app.ts';

interface Operation {
  readonly operationId?: string;
  readonly security?: Record<string, string[]>[];
  readonly responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  readonly requestBody?: unknown;
}
interface Document {
  readonly openapi: string;
  readonly servers?: { url: string }[];
  readonly info: { license?: { name: string } };
  readonly security?: Record<string, string[]>[];
  readonly components: { securitySchemes: Record<string, { in: string; name: string }> };
  readonly paths: Record<string, Record<string, Operation>>;
}

let testApp: TestApp;
let admin: Client;
let document: Document;
/** Every route the server answers under /api, read from the router itself. */
const routes: { method: string; url: string }[] = [];

function operations(): { method: string; path: string; operation: Operation }[] {
  return Object.entries(document.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operation,
    })),
  );
}

/** A URL the router matches for an OpenAPI path: any well-formed id will do for the hook. */
const concrete = (path: string) =>
  path.replace(/\{seq\}/g, '1').replace(/\{(\w+)\}/g, '00000000-0000-4000-8000-000000000000');

beforeAll(async () => {
  testApp = await createTestApp();
  admin = await signInAdmin(testApp);
  const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  document = response.json();

  // printRoutes draws a tree: each level indents by four characters before its ├ or └.
  const printed = testApp.app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  for (const line of printed.split('\n')) {
    const match = line.match(/^(.*?)── (\S+) \(([A-Z, ]+)\)$/);
    if (!match) continue;
    const depth = ([...match[1]!].length - 1) / 4;
    const url = (stack[depth - 1] ?? '') + match[2]!;
    stack[depth] = url;
    stack.length = depth + 1;
    if (!url.startsWith('/api/')) continue; // the web app's static files
    for (const method of match[3]!.split(', ')) {
      if (method !== 'HEAD') routes.push({ method, url });
    }
  }
});
afterAll(() => testApp.close());

describe('GET /api/openapi.json', () => {
  it('lists every API route with its request and response schemas', () => {
    expect(document.openapi).toMatch(/^3\./);
    expect(routes.length).toBeGreaterThanOrEqual(19);

    for (const { method, url } of routes) {
      const openapiPath = url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[openapiPath]?.[method.toLowerCase()];
      expect(operation, `${method} ${url} is missing from the OpenAPI document`).toBeDefined();
      const success = Object.keys(operation!.responses).find((code) => /^2/.test(code));
      expect(success, `${method} ${url} has no success response`).toBeDefined();
      const content = operation!.responses[success!]!.content;
      // tus (POST/PATCH/HEAD/DELETE/OPTIONS /api/v1/uploads) speaks in headers and raw bytes.
      const tus = url.startsWith('/api/v1/uploads') && method !== 'GET';
      if (tus) continue;
      if (success !== '204') {
        expect(
          content?.['application/json']?.schema,
          `${method} ${url} response schema`,
        ).toBeDefined();
      }
      if (
        ['POST', 'PATCH', 'PUT'].includes(method) &&
        // Acts that take no input: the resource in the path is all there is to say.
        !/deactivate|reactivate|reset-password|logout|\/issue$|\/party-copy$/.test(url)
      ) {
        expect(operation!.requestBody, `${method} ${url} request body schema`).toBeDefined();
      }
    }
  });

  it('names every operation once, from the central table, with no id left over', () => {
    const unnamed: string[] = [];
    const byId = new Map<string, string[]>();
    for (const { method, path, operation } of operations()) {
      const key = `${method} ${path}`;
      if (!operation.operationId) {
        unnamed.push(`'${key}': '<verbNoun>',`);
        continue;
      }
      expect(operation.operationId, key).toMatch(/^[a-z][A-Za-z0-9]+$/);
      byId.set(operation.operationId, [...(byId.get(operation.operationId) ?? []), key]);
    }
    expect(
      unnamed,
      'operations without an operationId: add each to apps/server/src/http/operation-ids.ts',
    ).toEqual([]);
    const reused = [...byId].filter(([, keys]) => keys.length > 1);
    expect(reused, 'operationIds given to more than one operation').toEqual([]);

    const routeKeys = new Set(routes.map(({ method, url }) => operationKey(method, url)));
    const leftOver = Object.keys(OPERATION_IDS).filter((key) => !routeKeys.has(key));
    expect(leftOver, 'operation-ids.ts names routes the server no longer has').toEqual([]);
  });

  it('declares the session cookie and the CSRF header, a relative server, a licence and problem+json errors', () => {
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.info.license?.name).toBe('Apache-2.0');
    expect(document.components.securitySchemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      csrf: { type: 'apiKey', in: 'header', name: CSRF_HEADER },
    });
    expect(document.security).toEqual([{ session: [] }]);
    for (const { method, path, operation } of operations()) {
      const expected = ['GET', 'HEAD', 'OPTIONS'].includes(method)
        ? [[{ session: [] }], []]
        : [[{ session: [], csrf: [] }], []];
      expect(expected, `${method} ${path} security`).toContainEqual(operation.security);
    }
    for (const { method, path, operation } of operations()) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^[45]/.test(status) && response.content) {
          expect(Object.keys(response.content), `${method} ${path} ${status}`).toEqual([
            'application/problem+json',
          ]);
        }
      }
    }
    const publicPaths = operations()
      .filter(({ operation }) => operation.security?.length === 0)
      .map(({ method, path }) => `${method} ${path}`);
    expect(publicPaths).toEqual(
      expect.arrayContaining([
        'GET /api/v1/health',
        'POST /api/v1/auth/login',
        'GET /api/openapi.json',
        'GET /api/v1/public/ledger/logs',
      ]),
    );
  });
});

/**
 * The document and the authentication hook must agree, or a generated client sends a cookie
 * nobody asks for, or omits one that is required: each operation is asked as the document
 * says it may be, and one step less.
 */
describe('security in the document, as the authentication hook enforces it', () => {
  it('answers 401 without the cookie exactly where the document asks for it', async () => {
    const disagreements: string[] = [];
    for (const { method, path, operation } of operations()) {
      const response = await testApp.app.inject({
        method: method as 'GET',
        url: concrete(path),
        headers: { 'tus-resumable': '1.0.0' },
      });
      const needsSession = operation.security?.length !== 0;
      const refused =
        response.statusCode === 401 && response.json().type.endsWith('/unauthenticated');
      if (needsSession !== refused) {
        disagreements.push(
          `${method} ${path}: document ${needsSession ? 'requires' : 'does not require'} a session, server answered ${response.statusCode}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('refuses a signed-in write without the CSRF header exactly where the document asks for it', async () => {
    const disagreements: string[] = [];
    for (const { method, path, operation } of operations()) {
      const response = await testApp.app.inject({
        method: method as 'GET',
        url: concrete(path),
        headers: { cookie: admin.cookie!, 'tus-resumable': '1.0.0' },
      });
      const needsCsrf = operation.security?.some((requirement) => 'csrf' in requirement) ?? false;
      const refused =
        response.statusCode === 403 && response.json().type.endsWith('/csrf-token-invalid');
      if (needsCsrf !== refused) {
        disagreements.push(
          `${method} ${path}: document ${needsCsrf ? 'requires' : 'does not require'} the CSRF header, server answered ${response.statusCode}`,
        );
      }
    }
    expect(disagreements).toEqual([]);
  });
});
