import type { SeedId } from '../citation/citation.ts';
import { SEED_004_PUBLICATION, SEED_004_RECORDING } from '../profiles/seed-004.ts';

/** The seed files in ../shared/seeds/, by seed. */
export const SEED_FILES: Readonly<Record<SeedId, string>> = {
  '000': '000_d058e5539593b413.txt',
  '001': '001_a007bb1a4b965792.txt',
  '002': '002_b7d910a5cff571f1.txt',
  '003': '003_6144206747c3b8c4.txt',
  '004': '004_fd3588054ff4263a.txt',
};

export const SEED_IDS: readonly SeedId[] = ['000', '001', '002', '003', '004'];

/**
 * Seeds that hold more than one regulation, each numbered from 第一条, with the names
 * citations use for them (the profile's own strings, so a citation and the parsed text
 * agree by construction). Every other seed holds one regulation and its citations name none.
 */
export const SEED_DOCUMENTS: Readonly<Partial<Record<SeedId, readonly string[]>>> = {
  '004': [SEED_004_PUBLICATION, SEED_004_RECORDING],
};
