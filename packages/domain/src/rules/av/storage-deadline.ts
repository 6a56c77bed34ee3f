import { isBefore, type Instant } from '../../enforcement/instant.ts';
import type { PolicyProfile, ProfileDeadline } from '../../profiles/profile-schema.ts';
import type { AvRecord } from '../../records/av-record.ts';
import { deadlineFrom } from '../deadline.ts';

/** The deadline that binds one file, with what a message needs to explain it. */
export interface StorageDeadline {
  readonly at: Instant;
  readonly rule: ProfileDeadline;
  readonly start: Instant;
  readonly startsAtReturn: boolean;
}

function countedFrom(
  rule: ProfileDeadline,
  start: Instant,
  startsAtReturn: boolean,
): StorageDeadline {
  return { at: deadlineFrom(start, rule.value), rule, start, startsAtReturn };
}

/**
 * The ordinary deadline runs from the end of the recording or, where the profile says so,
 * from the return to the unit; an officer who never left was back as soon as the
 * recording ended. Any other start an edited profile might set means nothing for a file,
 * whose storage can begin only when its recording ends, so it is read as that.
 */
function ordinaryDeadline(rule: ProfileDeadline, av: AvRecord): StorageDeadline {
  return rule.from === 'return_to_unit' && av.returnedToUnitAt !== undefined
    ? countedFrom(rule, av.returnedToUnitAt, true)
    : countedFrom(rule, av.recordingEndedAt, false);
}

/**
 * The deadline for one AV file. Work away from the unit (返回单位后: 000 第十六条, 001 第九条,
 * 002 第八条(一)) has its own deadline from the return. Those provisions relieve officers
 * who "确实无法及时移交/存储", so they never end earlier than the ordinary deadline: when
 * the ordinary one is later (001: 2 working days from the recording, against 24 hours
 * after a quick return), the ordinary one applies. A profile without an after-return
 * deadline keeps its ordinary one as written: 003 第二十九条 already counts from the return,
 * and 004 第十八条 makes no exception, so being away does not extend its 二日.
 *
 * The relief is for 连续工作、异地执法或者在偏远、交通不便地区执法 only: a return time typed
 * without one of those reasons (`awayReason`) changes nothing, or any officer could defer
 * storage by writing when they came back.
 */
export function storageDeadline(profile: PolicyProfile, av: AvRecord): StorageDeadline | undefined {
  const ordinary =
    profile.avStorageDeadline === undefined
      ? undefined
      : ordinaryDeadline(profile.avStorageDeadline, av);
  const afterReturn =
    profile.avStorageAfterReturnDeadline === undefined ||
    av.returnedToUnitAt === undefined ||
    av.awayReason === undefined
      ? undefined
      : countedFrom(profile.avStorageAfterReturnDeadline, av.returnedToUnitAt, true);
  if (ordinary === undefined || afterReturn === undefined) return afterReturn ?? ordinary;
  return isBefore(afterReturn.at, ordinary.at) ? ordinary : afterReturn;
}
