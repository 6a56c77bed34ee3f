import type { SeedId } from '../citation/citation.ts';
import { SEED_004_PUBLICATION, SEED_004_RECORDING } from '../profiles/seed-004.ts';

export const SEED_IDS: readonly SeedId[] = ['000', '001', '002', '003', '004'];

/**
 * Seeds that hold more than one regulation, each numbered from 第一条, with the names
 * citations use for them (the profile's own strings, so a citation and the parsed text
 * agree by construction). Every other seed holds one regulation and its citations name none.
 */
export const SEED_DOCUMENTS: Readonly<Partial<Record<SeedId, readonly string[]>>> = {
  '004': [SEED_004_PUBLICATION, SEED_004_RECORDING],
};
