import fastifySwagger, {
  type SwaggerTransform,
  type SwaggerTransformObject,
} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE, CSRF_HEADER } from '../auth/request-context.ts';
import { errorResponses } from './common-schemas.ts';
import { OPERATION_IDS, operationKey } from './operation-ids.ts';

/** Methods the authentication hook lets through without the CSRF header. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

type SecurityRequirement = Record<string, string[]>;

/**
 * What a client must send, as the authentication hook (auth/authentication.hook.ts) decides
 * it from the same route config: nothing on a `config.public` route, the session cookie on
 * a read, the cookie and the session's CSRF token on a write.
 */
export function securityOf(method: string, config: { public?: boolean } | undefined) {
  if (config?.public) return [] as SecurityRequirement[];
  if (SAFE_METHODS.has(method.toUpperCase())) return [{ session: [] }];
  return [{ session: [], csrf: [] }];
}

const TAGS = [
  ['meta', '本接口文档'],
  ['health', '运行状态与实例信息'],
  ['ledger', '留痕日志：签名检查点、公钥、一致性证明与条目'],
  ['auth', '登录、会话与密码'],
  ['agencies', '执法机关与承办机构'],
  ['users', '用户与角色'],
  ['calendar', '工作日计算与节假日安排'],
  ['profiles', '内置策略配置（执法全过程记录制度）'],
  ['powers', '权责清单：本机关的职权事项、法律依据与裁量基准'],
  ['regulations', '规定库：五部规定的原文，按条查阅（无需登录）'],
  ['cases', '案件与环节流转'],
  ['approvals', '审批'],
  ['findings', '检查发现'],
  ['saved-views', '保存的列表视图'],
  ['records', '文书'],
  ['case-facts', '案件事实：违法事实、违法行为、法律依据与处罚内容'],
  ['attachments', '文书附件'],
  ['signatures', '签名：屏幕手写签名与签名、指印、印章扫描件'],
  ['uploads', '断点续传（tus 1.0.0）与已入库的证据文件'],
  ['av-records', '音像记录'],
  ['body_cameras', '执法记录仪'],
  ['imported-files', '采集站导入的音像文件'],
  ['incidents', '事件：非案件的音像记录对象（突发事件、群体性事件、专项行动）'],
  ['access', '访问记录、调阅申请与执法监督'],
] as const;

/**
 * Adds what every route shares but does not write itself: its operationId, its security
 * requirement, and the 401/403 the authentication hook may answer before the route runs.
 */
const transform: SwaggerTransform = (document) => {
  const { schema, route, url } = document;
  if (!schema || typeof route.method !== 'string') return jsonSchemaTransform(document);
  const security = securityOf(route.method, route.config as { public?: boolean } | undefined);
  const hookAnswers = security.length === 0 ? [] : security[0]!.csrf ? [401, 403] : [401];
  const response = (schema.response ?? {}) as Record<string, unknown>;
  const missing = hookAnswers.filter((status) => !(status in response));
  const operationId =
    (schema as { operationId?: string }).operationId ??
    OPERATION_IDS[operationKey(route.method, url)];
  return jsonSchemaTransform({
    ...document,
    schema: {
      ...schema,
      ...(operationId ? { operationId } : {}),
      security,
      response: { ...response, ...errorResponses(...missing) },
    } as typeof schema,
  });
};

/** Every `$ref` target under `node`, e.g. `#/components/schemas/Case` → `Case`. */
function referencedSchemas(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const item of node) referencedSchemas(item, found);
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') {
        const match = /^#\/components\/schemas\/(.+)$/.exec(value);
        if (match) found.add(decodeURIComponent(match[1]!));
      } else {
        referencedSchemas(value, found);
      }
    }
  }
}

type Responses = Record<string, { content?: Record<string, unknown> }>;

/** Errors go out as application/problem+json (error-handler.ts), not as the JSON routes list. */
function problemMediaType(paths: Record<string, Record<string, { responses?: Responses }>>) {
  for (const operation of Object.values(paths).flatMap((byMethod) => Object.values(byMethod))) {
    for (const [status, response] of Object.entries(operation.responses ?? {})) {
      const json = response.content?.['application/json'];
      if (!/^[45]/.test(status) || json === undefined) continue;
      response.content = { 'application/problem+json': json };
    }
  }
}

/**
 * The zod registry yields an input and an output variant of every named schema; only those
 * some operation reaches belong in the document (the others would be dead types in clients).
 */
const transformObject: SwaggerTransformObject = (document) => {
  const object = jsonSchemaTransformObject(document) as {
    paths?: Record<string, Record<string, { responses?: Responses }>>;
    components?: { schemas?: Record<string, unknown> };
  };
  problemMediaType(object.paths ?? {});
  const schemas = object.components?.schemas;
  if (!schemas) return object as ReturnType<SwaggerTransformObject>;
  const reached = new Set<string>();
  referencedSchemas(object.paths, reached);
  for (let before = -1; before !== reached.size;) {
    before = reached.size;
    for (const name of [...reached]) referencedSchemas(schemas[name], reached);
  }
  object.components!.schemas = Object.fromEntries(
    Object.entries(schemas).filter(([name]) => reached.has(name)),
  );
  return object as ReturnType<SwaggerTransformObject>;
};

/** Registers the generator; must run before any route so every route is collected. */
export async function registerOpenApi(app: FastifyInstance, version: string) {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '留痕 Liuhen API',
        description:
          '行政执法全过程记录平台接口。错误按 RFC 9457 以 application/problem+json 返回。\n\n' +
          '登录（`login`）后服务器设置会话 Cookie，并在应答中返回 `csrfToken`；' +
          '此后每个写操作（POST、PUT、PATCH、DELETE）须在请求头中带上它。',
        version,
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      // Relative: the API is served from the same origin as the web app, wherever that is.
      servers: [{ url: '/', description: '本服务器（接口与网页同源）' }],
      tags: TAGS.map(([name, description]) => ({ name, description })),
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: SESSION_COOKIE,
            description: '会话 Cookie，由登录设置（HttpOnly，SameSite=Strict）。',
          },
          csrf: {
            type: 'apiKey',
            in: 'header',
            name: CSRF_HEADER,
            description: '会话的 CSRF 令牌（登录或 GET /api/v1/auth/session 应答中的 csrfToken）。',
          },
        },
      },
      security: [{ session: [] }],
    },
    transform,
    transformObject,
  });
}

export function registerOpenApiRoute(app: FastifyInstance) {
  app.get(
    '/api/openapi.json',
    {
      config: { public: true },
      schema: {
        tags: ['meta'],
        summary: 'OpenAPI 文档',
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    async () => app.swagger(),
  );
}
