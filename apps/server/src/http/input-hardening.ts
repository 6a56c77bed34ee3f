import type { FastifyInstance } from 'fastify';
import { problems, type InvalidParam } from './problem.ts';

/**
 * Why a text cannot be stored, or undefined. PostgreSQL refuses NUL in `text` and `jsonb`
 * (the query fails, which used to surface as a 500), and a lone UTF-16 surrogate is not a
 * character at all: it cannot be encoded in UTF-8 without silently becoming U+FFFD, so the
 * stored text would differ from what the clerk sent — and sealed text must be exact.
 */
export function unfitText(value: string): string | undefined {
  if (value.includes('\u0000')) return '不能包含空字符（\\u0000）';
  if (!value.isWellFormed()) return '包含无效的字符（不成对的 UTF-16 代理项），请重新输入';
  return undefined;
}

const MAX_DEPTH = 64;

/** Every string (and object key) in a parsed JSON value, with its dotted path. */
function collectUnfit(value: unknown, path: string, found: InvalidParam[], depth = 0): void {
  if (found.length >= 20 || depth > MAX_DEPTH) return;
  if (typeof value === 'string') {
    const reason = unfitText(value);
    if (reason) found.push({ name: path, reason });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectUnfit(item, `${path}.${index}`, found, depth + 1));
    return;
  }
  if (value === null || typeof value !== 'object') return;
  // A Buffer or a stream (tus PATCH bodies) is bytes, not text.
  if (ArrayBuffer.isView(value) || typeof (value as { pipe?: unknown }).pipe === 'function') {
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    // The key cannot be named safely in the path when it is itself the problem.
    const keyReason = unfitText(key);
    if (keyReason)
      found.push({ name: `${path}.${JSON.stringify(key).slice(1, -1)}`, reason: keyReason });
    else collectUnfit(item, `${path}.${key}`, found, depth + 1);
  }
}

/** The unfit strings of a request's parsed parts, named as validation names them. */
export function unfitInput(parts: {
  readonly body?: unknown;
  readonly query?: unknown;
  readonly params?: unknown;
}): InvalidParam[] {
  const found: InvalidParam[] = [];
  collectUnfit(parts.params, 'params', found);
  collectUnfit(parts.query, 'querystring', found);
  collectUnfit(parts.body, 'body', found);
  return found;
}

/**
 * Once for every route, before its schema: a NUL byte or a lone surrogate anywhere in the
 * body, the query or the path is a 400 naming the field, never a failed query.
 */
export function registerInputHardening(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const found = unfitInput({ body: request.body, query: request.query, params: request.params });
    if (found.length > 0) throw problems.validation(found);
  });
}
