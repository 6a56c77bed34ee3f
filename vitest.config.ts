import { defineConfig } from 'vitest/config';

/**
 * Four suites, run one after another by scripts/test.ts so each prints its own counts:
 * unit (domain and server units), the server integration suite on PGlite and again on
 * PostgreSQL, and the real-browser test.
 */
const serverIntegration = ['apps/server/test/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'apps/*/src/**/*.test.ts',
            'scripts/**/*.test.ts',
          ],
          // A ceiling, not a measure: at load 15 on 2 cores, SM2 verification of every flipped
          // byte and ffmpeg's tagging of three audio files each overran vitest's default 5 s.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server-pglite',
          include: serverIntegration,
          env: { LIUHEN_TEST_DB: 'pglite' },
          // Ceilings, not measures: at load 16 on 2 cores a file's set-up (a fresh database, the
          // migrations, two agencies with people) took over 60 s.
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'server-postgres',
          include: serverIntegration,
          env: { LIUHEN_TEST_DB: 'postgres' },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // Ceilings, not waits: every step waits on a state (docs/decisions.md, "How browser
          // tests wait"); on a machine loaded far beyond its cores a step may take minutes.
          testTimeout: 900_000,
          // The demo's server seeds five agencies with recordings before it listens: over ten
          // minutes at load 16 on 2 cores.
          hookTimeout: 1_800_000,
          // expect.poll gives up after 1 s by default, which a loaded machine overruns.
          expect: { poll: { timeout: 120_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
