import { z } from 'zod';
import type { SavedViewRow } from './saved-views.repository.ts';

/** The lists a view can filter; the web app's list pages use the same names. */
export const SAVED_VIEW_LISTS = ['cases', 'findings'] as const;
export type SavedViewList = (typeof SAVED_VIEW_LISTS)[number];

export const MAX_VIEWS_PER_LIST = 50;
const MAX_QUERY_KEYS = 20;

export const savedViewListSchema = z.enum(SAVED_VIEW_LISTS);

export const savedViewNameSchema = z
  .string()
  .trim()
  .min(1, '请填写视图名称')
  .max(40, '视图名称不超过 40 个字');

const QUERY_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** A list's filters as its query string carries them: a few short parameters. */
export const savedViewQuerySchema = z
  .record(z.string(), z.string().max(200, '筛选条件的值不超过 200 个字符'))
  .superRefine((query, ctx) => {
    const keys = Object.keys(query);
    if (keys.length > MAX_QUERY_KEYS) {
      ctx.addIssue({ code: 'custom', message: `筛选条件不超过 ${MAX_QUERY_KEYS} 项` });
    }
    for (const key of keys.filter((k) => !QUERY_KEY.test(k))) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: '筛选参数名应为 40 个字符以内的字母、数字或下划线，以字母开头',
      });
    }
  });

export const savedViewSchema = z
  .object({
    id: z.uuid(),
    list: savedViewListSchema,
    name: z.string(),
    query: z.record(z.string(), z.string()),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'SavedView' });

export function savedViewView(row: SavedViewRow) {
  return {
    id: row.id,
    list: row.list,
    name: row.name,
    query: row.query,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
