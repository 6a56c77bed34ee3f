import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, setCsrfToken } from './client.ts';

function answering(status: number, body?: unknown) {
  const fetch = vi.fn(async (_url: string, _init: RequestInit) =>
    body === undefined ? new Response(null, { status }) : Response.json(body, { status }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('calling an operation by its id', () => {
  it('fills the path from the document, escaping each parameter, and sends the query', async () => {
    const fetch = answering(200, { items: [], nextCursor: null });
    await call('listImportedFiles', { query: { status: 'unassigned', cursor: undefined } });
    await call('getCase', { path: { id: 'a/b?c' } });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/api/v1/imported-files?status=unassigned',
      '/api/v1/cases/a%2Fb%3Fc',
    ]);
    expect(fetch.mock.calls[1]![1].method).toBe('GET');
  });

  it('sends a write with its method, JSON body and the CSRF token', async () => {
    const fetch = answering(201, { id: 'x' });
    setCsrfToken('token-1');
    await call('createDepartment', { path: { id: 'agency-1' }, body: { name: '一科' } });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/v1/agencies/agency-1/departments');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify({ name: '一科' }));
    expect(init.headers).toMatchObject({
      'content-type': 'application/json',
      'x-csrf-token': 'token-1',
    });
  });

  it('answers nothing for 204', async () => {
    answering(204);
    await expect(call('logout')).resolves.toBeUndefined();
  });
});
