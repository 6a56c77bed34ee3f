import type { Dayjs } from 'dayjs';
import { chinaWallClock, toChinaInstant } from '../cases/china-time.ts';
import type { AvRecordView } from './av-api.ts';

// 存储时发现损坏 (000 第十六条: 信息存储过程中，发现信息有损坏、无法正常存储的，应当立即向执法
// 机构负责人报告，并将书面说明存档): registered on the AV record by an amendment, like an
// interruption, so every step is a ledgered version.

export type StorageDamageView = NonNullable<AvRecordView['storageDamage']>;

/** 登记存储损坏 (nothing registered yet) or 报告负责人 (registered, report or note missing). */
export type StorageDamageAct = 'register' | 'report';

/** The one act the recording's damage awaits, if any. */
export function storageDamageAct(record: AvRecordView): StorageDamageAct | undefined {
  const damage = record.storageDamage;
  if (damage === null) return 'register';
  const reported = damage.reportedAt !== undefined && Boolean(damage.reportedTo?.trim());
  return reported && Boolean(damage.writtenNote?.trim()) ? undefined : 'report';
}

/** The damage as the form holds it: pickers hold China wall-clock times. */
export interface StorageDamageFormValue {
  foundAt?: Dayjs;
  description?: string;
  reportedTo?: string;
  reportedAt?: Dayjs | null;
  writtenNote?: string;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The form's values as the API's `storageDamage`; blank texts and times are left out. */
export function toStorageDamage(value: StorageDamageFormValue): StorageDamageView {
  const reportedTo = text(value.reportedTo);
  const writtenNote = text(value.writtenNote);
  return {
    foundAt: toChinaInstant(value.foundAt!),
    description: value.description!.trim(),
    ...(value.reportedAt ? { reportedAt: toChinaInstant(value.reportedAt) } : {}),
    ...(reportedTo ? { reportedTo } : {}),
    ...(writtenNote ? { writtenNote } : {}),
  };
}

/** The registered damage back into the form, to add the report and the note. */
export function toStorageDamageValue(damage: StorageDamageView | null): StorageDamageFormValue {
  if (damage === null) return {};
  return {
    foundAt: chinaWallClock(damage.foundAt),
    description: damage.description,
    reportedTo: damage.reportedTo ?? '',
    reportedAt: damage.reportedAt ? chinaWallClock(damage.reportedAt) : null,
    writtenNote: damage.writtenNote ?? '',
  };
}
