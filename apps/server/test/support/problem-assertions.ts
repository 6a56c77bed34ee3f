import { expect } from 'vitest';

export interface ProblemJson {
  type: string;
  title: string;
  status: number;
  detail: string;
  invalidParams: { name: string; reason: string }[];
}

/**
 * An RFC 9457 answer as the API conventions promise it: the status, problem+json, the stable
 * type, a Chinese title and detail a clerk can act on, and no stack trace.
 */
export function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json(): unknown },
  status: number,
  type: string,
): ProblemJson {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemJson;
  expect(body.type).toBe(`https://liuhen.org/problems/${type}`);
  expect(body.status).toBe(status);
  expect(body.title).toMatch(/\p{Script=Han}/u);
  expect(body.detail).toMatch(/\p{Script=Han}/u);
  expect(JSON.stringify(body)).not.toMatch(/\bat .+\.ts:\d+/);
  return body;
}
