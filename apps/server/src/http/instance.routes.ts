import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

/** What the web app needs to know about this installation before anyone signs in. */
export const instanceRoutes: FastifyPluginAsyncZod<{ demo: boolean; version: string }> = async (
  app,
  { demo, version },
) => {
  app.get(
    '/api/v1/instance',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: '本系统实例信息（是否为演示环境）',
        response: { 200: z.object({ demo: z.boolean(), version: z.string() }) },
      },
    },
    async () => ({ demo, version }),
  );
};
