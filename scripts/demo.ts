/**
 * `npm run demo`: the product with made-up data — one demo agency per built-in profile,
 * its people and cases in every stage — in its own data folder (./data/demo unless
 * DATA_DIR says otherwise), so a real installation's data is never mixed with it.
 */
import path from 'node:path';
import { ensureWebBuilt } from './web-build.ts';

process.env.DEMO = 'true';
process.env.DATA_DIR ??= path.resolve(import.meta.dirname, '../data/demo');
ensureWebBuilt();
await import('../apps/server/src/main.ts');
