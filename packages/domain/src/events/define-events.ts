import type { z } from 'zod';

export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  /** Shown in the ledger browser and the access history. */
  readonly label: string;
  readonly data: S;
}

/** Declares a module's events; the action names are `<module>.<verb_object>`. */
export function defineEvents<const T extends Record<string, EventDefinition>>(events: T): T {
  for (const action of Object.keys(events)) {
    if (!/^[a-z_]+\.[a-z_]+$/.test(action)) throw new Error(`bad event action name: ${action}`);
  }
  return events;
}
