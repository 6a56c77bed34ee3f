import { z } from 'zod';
import { unfitText } from './input-hardening.ts';
import { problems } from './problem.ts';

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
  /** As the previous page gave it: base64url without padding (or the finding list's number). */
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, '分页标记无效，请从第一页重新翻页')
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Opaque keyset cursor: base64url of the last sort key of the previous page. */
export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

const invalidCursor = () =>
  problems.validation([{ name: 'querystring.cursor', reason: '分页标记无效，请从第一页重新翻页' }]);

/**
 * The key a cursor carries, refused (400) unless it is exactly what `encodeCursor` makes:
 * a hand-made one must not reach a query as NUL bytes, broken UTF-8 or odd lengths.
 */
export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined) return undefined;
  const bytes = Buffer.from(cursor, 'base64url');
  const key = bytes.toString('utf8');
  if (
    key === '' ||
    bytes.toString('base64url') !== cursor ||
    !Buffer.from(key, 'utf8').equals(bytes) ||
    unfitText(key) !== undefined
  ) {
    throw invalidCursor();
  }
  return key;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** A `<ISO instant>|<uuid>` keyset cursor (newest-first lists), checked part by part. */
export function decodeTimeIdCursor(
  cursor: string | undefined,
): { readonly at: Date; readonly id: string } | undefined {
  const key = decodeCursor(cursor);
  if (key === undefined) return undefined;
  const [at, id, ...rest] = key.split('|');
  const date = new Date(at ?? '');
  if (
    rest.length > 0 ||
    !ISO_INSTANT.test(at ?? '') ||
    Number.isNaN(date.getTime()) ||
    !UUID.test(id ?? '')
  ) {
    throw invalidCursor();
  }
  return { at: date, id: id! };
}

export function pageOf<T>(rows: T[], limit: number, keyOf: (row: T) => string) {
  const last = rows.at(-1);
  return {
    items: rows,
    nextCursor: rows.length === limit && last ? encodeCursor(keyOf(last)) : null,
  };
}
