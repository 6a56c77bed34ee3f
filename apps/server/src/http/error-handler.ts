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
