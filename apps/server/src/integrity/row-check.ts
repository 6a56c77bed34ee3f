import { settleRowAlarms, type AlarmDeps } from './raise-alarms.ts';
import { recordRowCheck } from './scrub-state.repository.ts';
import { verifyRowBindings } from './verify-rows.ts';

/**
 * The scheduled row check: every sealed row against its ledger entry; what does not match
 * raises an alarm (table, log, ledger), and what matches again ends its alarm.
 */
export async function runRowCheck(deps: AlarmDeps) {
  const startedAt = deps.now();
  const result = await verifyRowBindings(deps.db);
  await settleRowAlarms(deps, result.mismatches);
  await recordRowCheck(deps.db, {
    startedAt,
    finishedAt: deps.now(),
    rows: result.rowsChecked,
    failed: result.mismatches.length,
  });
  return result;
}
