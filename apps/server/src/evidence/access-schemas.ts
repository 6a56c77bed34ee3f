import { z } from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

/** 查看或下载事由: the ledger records who looked at stored evidence, and why. */
export const accessBody = z.strictObject({
  purpose: z.enum(['view', 'download']),
  reason: text(200),
});

export const accessQuery = z.strictObject({ access: z.string().min(1).max(400) });

export const accessGrantSchema = z.object({ url: z.string(), expiresAt: z.iso.datetime() });
