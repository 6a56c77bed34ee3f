import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../auth/request-context.ts';
import type { Db } from '../db/database.ts';
import { errorResponses } from '../http/common-schemas.ts';
import { integrityFor } from './integrity-reader.ts';
import { integritySchema } from './integrity-status.ts';

export const integrityRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/api/v1/integrity',
    {
      schema: {
        tags: ['ledger'],
        summary: '原件完整性核验：证据文件重算进度、已封存记录比对结果和报警',
        response: { 200: integritySchema, ...errorResponses(401, 403) },
      },
    },
    async (request) => integrityFor(db, actorOf(request)),
  );
};
