import { RECORDS } from '../case-fixtures.ts';
import { inspectionVideoBody } from '../evidence-fixtures.ts';
import type { Outcome, RoleKey, Rule } from '../route-matrix-roles.ts';
import type { World } from '../route-matrix-world.ts';
import type { Client } from '../test-app.ts';

/** What one line of the route matrix is, and the builders the lines are written with. */

export interface Answer {
  readonly statusCode: number;
  readonly body: string;
}

export interface CallContext {
  readonly world: World;
  readonly role: RoleKey;
  readonly client: Client;
  readonly expected: Outcome;
}

export interface Variant {
  /** Shown in the failure message when a route has more than one. */
  readonly label?: string;
  readonly rule: Rule;
  call(context: CallContext): Promise<Answer>;
  /**
   * Answers only the far side of the gate gives, whatever their status: a poster never made
   * or a copy that cannot be made without ffmpeg. They prove the gate let the caller in.
   */
  readonly afterGate?: (answer: Answer) => boolean;
  /**
   * A link-carrying route refuses whoever holds no link of his own (403) before it looks at
   * the resource: any refusal counts, and the id-oracle check still holds.
   */
  readonly anyRefusal?: boolean;
}

export const posterMissing = (answer: Answer) =>
  answer.statusCode === 404 && answer.body.includes('封面');
export const copyNotPossible = (answer: Answer) =>
  answer.statusCode === 503 && answer.body.includes('copy-not-possible');

export const HOUR = 3_600_000;
export const iso = (ms: number) => new Date(ms).toISOString();
export const allowed = (context: CallContext) => context.expected === 'Y';

export function tus(
  client: Client,
  method: 'PATCH' | 'DELETE' | 'GET',
  url: string,
  extra: Record<string, string> = {},
  payload?: Buffer,
) {
  return client.app.inject({
    method,
    url,
    headers: {
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrfToken && method !== 'GET' ? { 'x-csrf-token': client.csrfToken } : {}),
      'tus-resumable': '1.0.0',
      ...extra,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** A link to the bytes: the role's own if the policy gives him one, else the handler's. */
export async function contentUrl(context: CallContext, kind: string, id: string): Promise<string> {
  const ask = (client: Client) =>
    client.post(`/api/v1/${kind}/${id}/access`, { purpose: 'view', reason: '复核' });
  const own = await ask(context.client);
  if (own.statusCode === 201) return own.json().url as string;
  const handlers = await ask(context.world.handler.client);
  // An id that does not exist (the oracle check): a link of the right shape, signed by nobody.
  if (handlers.statusCode !== 201) return `/api/v1/${kind}/${id}/content?access=x.y`;
  return handlers.json().url as string;
}

export const get = (rule: Rule, url: (world: World) => string, label?: string): Variant => ({
  rule,
  ...(label === undefined ? {} : { label }),
  call: ({ client, world }) => client.get(url(world)),
});

export type Body = Record<string, unknown>;
export const write = (
  rule: Rule,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: (world: World) => string,
  body?: (context: CallContext) => Body,
  label?: string,
  afterGate?: (answer: Answer) => boolean,
): Variant => ({
  rule,
  ...(label === undefined ? {} : { label }),
  ...(afterGate === undefined ? {} : { afterGate }),
  call: (context) =>
    context.client.request(
      method,
      url(context.world),
      body === undefined ? undefined : (body(context) as never),
    ),
});

/** As `write`, but an allowed role acts on a fresh resource of its own. */
export const writeFresh = (
  rule: Rule,
  method: 'POST' | 'PUT' | 'DELETE',
  shared: (world: World) => string,
  fresh: (world: World, role: RoleKey) => Promise<string>,
  url: (id: string) => string,
  body?: (context: CallContext & { id: string }) => Body,
): Variant => ({
  rule,
  call: async (context) => {
    const id = allowed(context) ? await fresh(context.world, context.role) : shared(context.world);
    return context.client.request(
      method,
      url(id),
      body === undefined ? undefined : (body({ ...context, id }) as never),
    );
  },
});

export const avBody = (world: World) => inspectionVideoBody(world.ids.evidenceObject);

export const source = RECORDS.caseSource();
