import type { SeedId } from '../../citation/citation.ts';
import { SEED_000_TEXT } from './seed-000.ts';
import { SEED_001_TEXT } from './seed-001.ts';
import { SEED_002_TEXT } from './seed-002.ts';
import { SEED_003_TEXT } from './seed-003.ts';
import { SEED_004_TEXT } from './seed-004.ts';

/** The five texts as received, by seed. */
export const SEED_TEXTS: Readonly<Record<SeedId, string>> = {
  '000': SEED_000_TEXT,
  '001': SEED_001_TEXT,
  '002': SEED_002_TEXT,
  '003': SEED_003_TEXT,
  '004': SEED_004_TEXT,
};
