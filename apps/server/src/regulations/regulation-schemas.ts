import { REGULATION_SOURCES } from '@liuhen/domain';
import { z } from 'zod';

const REGULATION_IDS = REGULATION_SOURCES.map((r) => r.id) as [string, ...string[]];

export const regulationParams = z.strictObject({
  regulationId: z.enum(REGULATION_IDS, '应为规定编号，如 003 或 004-recording'),
});

export const articleParams = regulationParams.extend({
  // URLs carry the heading percent-encoded ("第二十九条") or the plain number ("29").
  article: z
    .string()
    .regex(/^(第[零一二三四五六七八九十百]{1,6}条|[1-9][0-9]{0,2})$/, '应为“第X条”或条号数字'),
});

export const regulationSummarySchema = z
  .object({
    id: z.string(),
    seed: z.string(),
    document: z.string().nullable(),
    title: z.string(),
    shortTitle: z.string(),
    issuer: z.string(),
    documentNumber: z.string().nullable(),
    /** Headings in order, e.g. ["第一条", …]: 004 公示制度 skips 第十三条–第二十一条 as issued. */
    articles: z.array(z.string()),
  })
  .meta({ id: 'Regulation' });

export const regulationArticleSchema = z
  .object({
    regulationId: z.string(),
    seed: z.string(),
    document: z.string().nullable(),
    title: z.string(),
    shortTitle: z.string(),
    article: z.string(),
    /** The article as printed, one entry per paragraph (款, or 项 on its own line). */
    paragraphs: z.array(z.string()),
  })
  .meta({ id: 'RegulationArticle' });

export type RegulationSummary = z.infer<typeof regulationSummarySchema>;
export type RegulationArticleView = z.infer<typeof regulationArticleSchema>;
