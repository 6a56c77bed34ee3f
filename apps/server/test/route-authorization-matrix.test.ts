import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXPECTED,
  OUTSIDERS,
  outcomeMatches,
  ROLE_KEYS,
  ROLES,
  type Outcome,
  type RoleKey,
} from './support/route-matrix-roles.ts';
import { ROUTES, type Answer, type Variant } from './support/route-matrix-routes.ts';
import { buildWorld, type World } from './support/route-matrix-world.ts';
import { changedTables, fingerprint } from './support/state-fingerprint.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

/**
 * Issue 14, "Done when": every operation of the served OpenAPI document that takes an id in
 * its path, called by every role on real resources, answers as the table in
 * support/route-matrix-roles.ts (and docs/decisions.md, "Who may read what") says: refused
 * with 403, or 404 where the resource must not be shown to exist; allowed with anything but
 * 401/403/404; never a 5xx; and a refused write leaves every table and the ledger as they
 * were. An operation added to the API without a line in ROUTES fails the first test. And
 * nobody outside agency A can tell one of its ids from an id that does not exist: the same
 * call with every id replaced by a fresh one must answer the same.
 *
 * ROUTE_MATRIX_DUMP=<file> appends every answer (operation, rule, role, expected, status).
 */

let testApp: TestApp;
let world: World;
let ghost: World;
let operations: string[] = [];
const dump = process.env.ROUTE_MATRIX_DUMP;

/** The same world with every id one that does not exist. */
function ghostOf(real: World): World {
  const ids = Object.fromEntries(
    Object.entries(real.ids).map(([key, value]) => [
      key,
      typeof value === 'number' ? value : randomUUID(),
    ]),
  ) as unknown as World['ids'];
  const agencyId = randomUUID();
  return {
    ...real,
    agencyId,
    departmentId: randomUUID(),
    ids: { ...ids, agencyLog: `agency-${agencyId}`, platformLog: 'platform' },
  };
}

/** Everything a refused call might have changed, once the ledger has taken in what came before. */
async function settledFingerprint() {
  await testApp.ledger.settle();
  return fingerprint(testApp);
}

beforeAll(async () => {
  testApp = await createTestApp({ LOGIN_RATE_LIMIT_PER_MINUTE: '10000' });
  world = await buildWorld(testApp);
  ghost = ghostOf(world);
  const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  operations = Object.entries(document.paths as Record<string, Record<string, unknown>>)
    .filter(([path]) => /\{[^}]+\}/.test(path))
    .flatMap(([path, byMethod]) =>
      Object.keys(byMethod)
        .filter((method) => !['parameters', 'head', 'options'].includes(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
}, 300_000);
afterAll(async () => {
  await world?.close();
  await testApp?.close();
});

describe('the route authorization matrix', () => {
  it('covers every operation of the OpenAPI document that takes an id in its path', () => {
    expect(operations.length).toBeGreaterThan(60);
    const missing = operations.filter((operation) => ROUTES[operation] === undefined);
    expect(
      missing,
      'operations with no line in the matrix (support/route-matrix-routes.ts)',
    ).toEqual([]);
    const gone = Object.keys(ROUTES).filter((operation) => !operations.includes(operation));
    expect(gone, 'lines of the matrix for operations the API no longer has').toEqual([]);
  });

  for (const [operation, variants] of Object.entries(ROUTES)) {
    it(`${operation}: every role as the table says`, async () => {
      const wrong: string[] = [];
      for (const variant of variants) wrong.push(...(await runVariant(operation, variant)));
      expect(wrong).toEqual([]);
    }, 120_000);
  }
});

/** Refused roles first: an allowed call may change the shared resource (a decision taken). */
function callOrder(variant: Variant): RoleKey[] {
  const refused = ROLE_KEYS.filter((role) => EXPECTED[variant.rule][role] !== 'Y');
  const allowed = ROLE_KEYS.filter((role) => EXPECTED[variant.rule][role] === 'Y');
  return [...refused, ...allowed];
}

function judge(variant: Variant, expected: Outcome, answer: Answer): boolean {
  const pastGate = variant.afterGate?.(answer) ?? false;
  if (expected === 'Y') return pastGate || outcomeMatches('Y', answer.statusCode);
  const refusal = variant.anyRefusal === true && expected !== 'R' ? 'R' : expected;
  return !pastGate && outcomeMatches(refusal, answer.statusCode);
}

async function runVariant(operation: string, variant: Variant): Promise<string[]> {
  const wrong: string[] = [];
  const write = !operation.startsWith('GET ');
  const name = variant.label === undefined ? variant.rule : `${variant.label}, ${variant.rule}`;
  for (const role of callOrder(variant)) {
    const expected = EXPECTED[variant.rule][role];
    const checkUnchanged = write && expected !== 'Y';
    const before = checkUnchanged ? await settledFingerprint() : undefined;
    const client = world.clients[role];
    const answer = await variant.call({ world, role, client, expected });
    const who = `${role} (${ROLES[role]}) [${name}]`;
    if (dump !== undefined) {
      appendFileSync(dump, `${operation}\t${name}\t${role}\t${expected}\t${answer.statusCode}\n`);
    }
    if (!judge(variant, expected, answer)) {
      const body = answer.body.slice(0, 160);
      wrong.push(`${who}: expected ${expected}, got ${answer.statusCode} ${body}`);
    }
    if (before !== undefined) {
      const changed = changedTables(before, await settledFingerprint());
      if (changed.length > 0) wrong.push(`${who}: refused, yet changed ${changed.join(', ')}`);
    }
    if (OUTSIDERS.includes(role) && (expected === 'H' || expected === 'R')) {
      const absent = await variant.call({ world: ghost, role, client, expected });
      if (absent.statusCode !== answer.statusCode) {
        wrong.push(
          `${who}: tells an existing id (${answer.statusCode}) from an absent one (${absent.statusCode})`,
        );
      }
    }
  }
  return wrong;
}
