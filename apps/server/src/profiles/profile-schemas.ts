import { STANDARD_PROFILES } from '@liuhen/domain';
import { z } from 'zod';

const STANDARD_IDS = STANDARD_PROFILES.map((profile) => profile.id) as [string, ...string[]];

/** One of the profiles shipped with the product (the national baseline or a seed's). */
export const standardProfileIdSchema = z.enum(STANDARD_IDS, {
  error: `请选择以下策略配置之一：${STANDARD_IDS.join('、')}`,
});

/**
 * A profile an agency can work under: a standard one, or its own copy (`agency-<agency id>`;
 * the service checks it is this agency's and exists).
 */
export const profileIdSchema = z.union(
  [standardProfileIdSchema, z.string().regex(/^agency-[0-9a-f-]{36}$/)],
  { error: `请选择以下策略配置之一：${STANDARD_IDS.join('、')}，或本机关的制度` },
);
