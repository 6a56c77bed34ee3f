import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app.ts';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp();
});
afterAll(() => testApp.close());

/** Without a cookie: the regulations are public law. */
const get = (url: string) => testApp.app.inject({ method: 'GET', url });

describe('GET /api/v1/public/regulations', () => {
  it('lists the six regulations of the library with their article headings, without login', async () => {
    const response = await get('/api/v1/public/regulations');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=86400');
    const { items } = response.json() as {
      items: { id: string; shortTitle: string; document: string | null; articles: string[] }[];
    };
    expect(items.map((r) => r.id)).toEqual([
      '000',
      '001',
      '002',
      '003',
      '004-publication',
      '004-recording',
    ]);
    const dehong = items.find((r) => r.id === '003')!;
    expect(dehong.shortTitle).toBe('德宏州记录办法');
    expect(dehong.articles).toHaveLength(42);
    expect(items.find((r) => r.id === '004-recording')?.document).toBe('行政执法全过程记录制度');
  });
});

describe('GET /api/v1/public/regulations/{regulationId}/articles/{article}', () => {
  it('answers what 003 第二十九条 says, by heading or by number, paragraph by paragraph', async () => {
    const byHeading = await get(
      `/api/v1/public/regulations/003/articles/${encodeURIComponent('第二十九条')}`,
    );
    expect(byHeading.statusCode).toBe(200);
    const article = byHeading.json() as { article: string; title: string; paragraphs: string[] };
    expect(article.article).toBe('第二十九条');
    expect(article.title).toBe('德宏州行政执法全过程记录实施办法');
    expect(article.paragraphs.length).toBeGreaterThan(0);
    expect(article.paragraphs.join('')).not.toMatch(/^\s|\s$/);

    const byNumber = await get('/api/v1/public/regulations/003/articles/29');
    expect(byNumber.json()).toEqual(article);
  });

  it('serves 000 第十九条, the access rule a finding or a refusal cites', async () => {
    const response = await get(
      `/api/v1/public/regulations/000/articles/${encodeURIComponent('第十九条')}`,
    );
    expect((response.json() as { paragraphs: string[] }).paragraphs.join('')).toContain(
      '采集管理资料的部门负责人批准',
    );
  });

  it('answers 404 problem+json naming the regulation for an article it does not have', async () => {
    for (const url of [
      '/api/v1/public/regulations/003/articles/43',
      // 004's 公示制度 goes from 第十二条 to 第二十二条 as issued.
      `/api/v1/public/regulations/004-publication/articles/${encodeURIComponent('第十五条')}`,
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
      const body = response.json() as { type: string; detail: string };
      expect(body.type).toBe('https://liuhen.org/problems/regulation-article-not-found');
      expect(body.detail).toMatch(/《.+》没有第/);
    }
  });

  it('answers 400 problem+json for a regulation or an article that cannot be one', async () => {
    for (const url of [
      '/api/v1/public/regulations/005/articles/1',
      '/api/v1/public/regulations/004/articles/1',
      '/api/v1/public/regulations/003/articles/0',
      `/api/v1/public/regulations/003/articles/${encodeURIComponent('第1章')}`,
      '/api/v1/public/regulations/003/articles/%00',
    ]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(400);
      expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
    }
  });
});
