import { ApiError, isProblem, localProblem, type Problem } from './problem.ts';
import { operationRoutes } from './schema.gen.ts';
import type { CallOptions, OperationId, ResponseOf } from './types.ts';

export const API_BASE = '/api/v1';

export interface ClientHooks {
  /** The session is gone (expired, logged out elsewhere, deactivated). */
  readonly onUnauthenticated: () => void;
  /** The server insists on a password change before anything else. */
  readonly onPasswordChangeRequired: () => void;
}

let csrfToken: string | null = null;
let hooks: ClientHooks | null = null;

/** Set by the session when it starts or ends; sent with every non-GET request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The header for writes made outside `call` (tus uploads send their own requests). */
export function csrfHeaders(): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

export function setClientHooks(next: ClientHooks | null): void {
  hooks = next;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'OPTIONS';
type Query = Record<string, string | number | boolean | null | undefined>;

function withQuery(url: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${url}${search ? `?${search}` : ''}`;
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body: unknown = await response.json().catch(() => undefined);
    if (isProblem(body)) return body;
  }
  if (response.status === 502 || response.status === 503 || response.status === 504) {
    return localProblem(response.status, '服务暂不可用', '服务器暂时无法响应，请稍后重试。');
  }
  return localProblem(response.status, '请求失败', `服务器返回了错误（${response.status}）。`);
}

function notifyHooks(error: ApiError): void {
  if (error.status === 401 && !error.is('invalid-credentials')) hooks?.onUnauthenticated();
  if (error.status === 403 && error.is('password-change-required')) {
    hooks?.onPasswordChangeRequired();
  }
}

/**
 * Calls an operation by its id in the API document: the path, query, body and answer are
 * typed from it (schema.gen.ts), so a server change the web does not follow fails to compile.
 */
export function call<O extends OperationId>(
  operation: O,
  ...[options]: object extends CallOptions<O> ? [CallOptions<O>?] : [CallOptions<O>]
): Promise<ResponseOf<O>> {
  const [method, template] = operationRoutes[operation];
  const path = (options?.path ?? {}) as Record<string, string | number>;
  const url = template.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(String(path[name])),
  );
  return send<ResponseOf<O>>(method, withQuery(url, options?.query as Query | undefined), {
    body: options?.body,
    signal: options?.signal,
  });
}

async function send<T>(
  method: Method,
  url: string,
  options: { body?: unknown; signal?: AbortSignal },
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const hasBody = options.body !== undefined;
  if (hasBody) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: hasBody ? JSON.stringify(options.body) : undefined,
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(localProblem(0, '网络错误', '无法连接服务器，请检查网络后重试。'));
  }

  if (!response.ok) {
    const error = new ApiError(await problemOf(response));
    notifyHooks(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
