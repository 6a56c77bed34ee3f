import { z } from 'zod';

/**
 * Who did it. Every act and every read is attributed: a signed-in user, the system itself
 * (first start, a scheduled job, the command line on the server), or an anonymous client
 * (a failed login from an address).
 */
export const actorSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('user'), id: z.uuid(), username: z.string() }),
  z.strictObject({ type: z.literal('system'), component: z.string().min(1).max(64) }),
  z.strictObject({ type: z.literal('anonymous'), ip: z.string().max(64).nullable() }),
]);
export type EventActor = z.infer<typeof actorSchema>;

/** What it was done to: `user:<uuid>`, `case:<uuid>`, `record:<uuid>`... */
export const targetSchema = z
  .strictObject({ type: z.string().regex(/^[a-z_]+$/), id: z.string().min(1).max(128) })
  .nullable();
export type Target = z.infer<typeof targetSchema>;

/** Digests of the content an act concerns (a record's bytes, an AV file). */
export const contentHashSchema = z.strictObject({
  name: z.string().min(1).max(200),
  algorithm: z.enum(['sha256', 'sm3']),
  hex: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ContentHash = z.infer<typeof contentHashSchema>;

/** The ledger entry as it is hashed: the event plus its place in the log. */
export const LEDGER_ENTRY_VERSION = 1;

export interface LedgerEntry {
  readonly v: typeof LEDGER_ENTRY_VERSION;
  readonly log: string;
  readonly seq: number;
  /** ISO-8601 UTC with milliseconds: when the act happened (not when it was sequenced). */
  readonly time: string;
  readonly agency: string | null;
  readonly actor: EventActor;
  readonly action: string;
  readonly target: Target;
  readonly hashes: readonly ContentHash[];
  readonly data: Record<string, unknown>;
}

export const ledgerEntrySchema = z.strictObject({
  v: z.literal(LEDGER_ENTRY_VERSION),
  log: z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/),
  seq: z.number().int().min(0),
  time: z.iso.datetime({ precision: 3 }),
  agency: z.uuid().nullable(),
  actor: actorSchema,
  action: z.string().regex(/^[a-z_]+\.[a-z_]+$/),
  target: targetSchema,
  hashes: z.array(contentHashSchema),
  data: z.record(z.string(), z.unknown()),
});
