import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;
const routes: { method: string; url: string }[] = [];

beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

describe('GET /api/openapi.json', () => {
  it('lists every API route with its request and response schemas', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toMatch(/^3\./);

    // Every route the server answers under /api, read from the router itself.
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
    expect(routes.length).toBeGreaterThanOrEqual(19);

    for (const { method, url } of routes) {
      const openapiPath = url.replace(/:(\w+)/g, '{$1}');
      const operation = document.paths[openapiPath]?.[method.toLowerCase()];
      expect(operation, `${method} ${url} is missing from the OpenAPI document`).toBeDefined();
      const success = Object.keys(operation.responses).find((code) => /^2/.test(code));
      expect(success, `${method} ${url} has no success response`).toBeDefined();
      const content = operation.responses[success!].content;
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
        !/deactivate|reactivate|reset-password|logout/.test(url)
      ) {
        expect(operation.requestBody, `${method} ${url} request body schema`).toBeDefined();
      }
    }
  });
});
