import { BUILTIN_PROFILES } from '@liuhen/domain';
import { z } from 'zod';

const BUILTIN_IDS = BUILTIN_PROFILES.map((profile) => profile.id) as [string, ...string[]];

/** A profile an agency can work under: for now one of the five built-ins. */
export const profileIdSchema = z.enum(BUILTIN_IDS, {
  error: `请选择以下策略配置之一：${BUILTIN_IDS.join('、')}`,
});
