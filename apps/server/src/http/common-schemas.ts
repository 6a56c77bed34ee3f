import { z } from 'zod';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    invalidParams: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
  })
  .loose()
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

/** The error responses every route may give; listed so OpenAPI shows them. */
export function errorResponses<const S extends number>(...statuses: S[]) {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<
    S,
    typeof problemSchema
  >;
}

export const noContentSchema = z.undefined().describe('无内容');

export const idParamsSchema = z.strictObject({ id: z.uuid() });

export const paginationQuery = {
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Opaque keyset cursor: base64url of the last sort key of the previous page. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  return cursor === undefined ? undefined : Buffer.from(cursor, 'base64url').toString('utf8');
}

export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const last = rows.at(-1);
  return {
    items: rows,
    nextCursor: rows.length === limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
