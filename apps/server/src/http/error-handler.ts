import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { Problem, problems, type InvalidParam } from './problem.ts';

type ValidationItem = {
  instancePath: string;
  message?: string;
  keyword: string;
  params: Record<string, unknown>;
};

function invalidParamsOf(
  context: string | undefined,
  items: readonly ValidationItem[],
): InvalidParam[] {
  const prefix = context ?? 'body';
  return items.flatMap((item) => {
    const base = [prefix, ...item.instancePath.split('/').filter(Boolean)].join('.');
    // An unknown field is reported on its parent; name each unknown field instead.
    if (item.keyword === 'unrecognized_keys' && Array.isArray(item.params.keys)) {
      return (item.params.keys as string[]).map((key) => ({
        name: `${base}.${key}`,
        reason: '不允许的字段',
      }));
    }
    return [{ name: base, reason: item.message ?? '格式不正确' }];
  });
}

export function toProblem(error: FastifyError | Error, bodyLimitBytes: number): Problem {
  if (error instanceof Problem) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    return problems.validation(invalidParamsOf(context, error.validation as ValidationItem[]));
  }
  const code = (error as FastifyError).code;
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return problems.bodyTooLarge(bodyLimitBytes);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return problems.unsupportedMediaType();
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return problems.malformedJson();
  }
  if (error instanceof SyntaxError && (error as FastifyError).statusCode === 400) {
    return problems.malformedJson();
  }
  const status = (error as FastifyError).statusCode;
  if (status === 404) return problems.notFound();
  if (status === 405) return problems.methodNotAllowed();
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new Problem(status, 'request-rejected', '请求无法处理', '请求无法处理，请检查后重试。');
  }
  return problems.internal();
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const retryAfter = problem.extensions.retryAfterSeconds;
  if (typeof retryAfter === 'number') reply.header('retry-after', String(Math.ceil(retryAfter)));
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify(problem.toBody(request.url)));
}

export function registerErrorHandling(app: FastifyInstance, bodyLimitBytes: number) {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = toProblem(error, bodyLimitBytes);
    if (problem.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    return sendProblem(request, reply, problem);
  });
}

/** What Node's HTTP parser refuses before any route sees the request. */
function clientProblem(error: Error & { code?: string }): Problem {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return new Problem(
        431,
        'header-fields-too-large',
        '请求头过大',
        '请求头超过服务器允许的大小，请清除本站的 Cookie 后重试，或联系系统管理员。',
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new Problem(
        408,
        'request-timeout',
        '请求超时',
        '请求未能及时送达，请检查网络后重试。',
      );
    default:
      return new Problem(400, 'bad-request', '请求无法解析', '请求格式不正确，请检查后重试。');
  }
}

/**
 * Fastify's `clientErrorHandler`: the same problem+json as every other refusal, written
 * straight to the socket (there is no request object yet), then the connection closes.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const problem = clientProblem(error);
  if (socket.writable) {
    const body = Buffer.from(JSON.stringify(problem.toBody()), 'utf8');
    const head =
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\n` +
      'Content-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
    // One write, as Node's own handler does: it goes out before the socket is destroyed.
    socket.write(Buffer.concat([Buffer.from(head, 'latin1'), body]));
  }
  socket.destroy(error);
}
