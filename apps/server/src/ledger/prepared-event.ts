import {
  EVENT_CATALOGUE,
  LEDGER_ENTRY_VERSION,
  type EventActor,
  type ContentHash,
  type EventAction,
  type EventData,
  type LedgerEntry,
  type Target,
} from '@liuhen/domain';

/** What a module asks the ledger to record. */
export interface EventInput<A extends EventAction = EventAction> {
  readonly action: A;
  readonly agencyId: string | null;
  readonly actor: EventActor;
  readonly target?: Target;
  readonly hashes?: readonly ContentHash[];
  readonly data: EventData<A>;
}

/** An event checked against the catalogue and stamped with its time, waiting for a place. */
export type PreparedEvent = Omit<LedgerEntry, 'v' | 'log' | 'seq'>;

export function prepareEvent(input: EventInput, time: Date): PreparedEvent {
  const definition = EVENT_CATALOGUE[input.action];
  const data = definition.data.parse(input.data) as Record<string, unknown>;
  return {
    time: time.toISOString(),
    agency: input.agencyId,
    actor: input.actor,
    action: input.action,
    target: input.target ?? null,
    hashes: [...(input.hashes ?? [])],
    data,
  };
}

export function entryAt(logId: string, seq: number, event: PreparedEvent): LedgerEntry {
  return { v: LEDGER_ENTRY_VERSION, log: logId, seq, ...event };
}
