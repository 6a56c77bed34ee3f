import { z } from 'zod';
import { defineEvents } from './define-events.ts';

export const systemEvents = defineEvents({
  'system.started': {
    label: '系统启动',
    data: z.strictObject({
      version: z.string(),
      databaseDriver: z.enum(['pglite', 'postgres']),
      hashAlgorithm: z.enum(['sha256', 'sm3']),
      signatureAlgorithm: z.enum(['ed25519', 'sm2']),
      signingKeyId: z.string(),
    }),
  },
  'system.configuration_changed': {
    label: '配置变更',
    data: z.strictObject({
      setting: z.string(),
      before: z.string().nullable(),
      after: z.string().nullable(),
    }),
  },
});
