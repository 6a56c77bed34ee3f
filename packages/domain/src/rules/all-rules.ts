import type { Rule } from './rule.ts';

/** Every rule the product checks, in the order findings are listed. */
export const ALL_RULES: readonly Rule[] = [];
