import type { InvalidParam } from '../http/problem.ts';
import type { CaseRecordRow } from '../records/records.repository.ts';
import type { StoredInterruption, StoredStorageDamage } from '../db/schema.ts';

/** A clock on a body camera or a PC may run a little ahead of the server's. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface TimingFacts {
  readonly recordingStartedAt: string;
  readonly recordingEndedAt: string;
  readonly returnedToUnitAt?: string | null;
  readonly awayReason?: string | null;
  readonly interruptions: readonly StoredInterruption[];
  readonly storageDamage?: StoredStorageDamage | null;
}

/**
 * Times that cannot be true: a recording that ends before it starts, or after its file
 * reached the store, or in the future; an interruption outside its recording. Each named
 * by its field, as the form shows it.
 */
export function timingProblems(facts: TimingFacts, storedAt: Date, now: Date): InvalidParam[] {
  const problems: InvalidParam[] = [];
  const start = Date.parse(facts.recordingStartedAt);
  const end = Date.parse(facts.recordingEndedAt);
  if (end < start) {
    problems.push({ name: 'body.recordingEndedAt', reason: '录制结束时间不能早于开始时间' });
  }
  if (start > now.getTime() + FUTURE_TOLERANCE_MS) {
    problems.push({ name: 'body.recordingStartedAt', reason: '录制开始时间不能晚于当前时间' });
  }
  if (end > storedAt.getTime() + FUTURE_TOLERANCE_MS) {
    problems.push({
      name: 'body.recordingEndedAt',
      reason: '录制结束时间不能晚于文件入库时间，请核对执法记录仪的时间',
    });
  }
  if (facts.returnedToUnitAt != null && Date.parse(facts.returnedToUnitAt) < end) {
    problems.push({ name: 'body.returnedToUnitAt', reason: '返回单位时间不能早于录制结束时间' });
  }
  if (facts.awayReason != null && facts.returnedToUnitAt == null) {
    problems.push({
      name: 'body.returnedToUnitAt',
      reason:
        '选择了连续工作、异地执法或偏远地区执法的，请填写返回单位的时间：存储期限自返回单位时起算',
    });
  }
  const damage = facts.storageDamage;
  if (damage != null) {
    const found = Date.parse(damage.foundAt);
    if (found < end) {
      problems.push({
        name: 'body.storageDamage.foundAt',
        reason: '发现损坏的时间不能早于录制结束时间',
      });
    } else if (found > now.getTime() + FUTURE_TOLERANCE_MS) {
      problems.push({
        name: 'body.storageDamage.foundAt',
        reason: '发现损坏的时间不能晚于当前时间',
      });
    }
    if (damage.reportedAt !== undefined && Date.parse(damage.reportedAt) < found) {
      problems.push({
        name: 'body.storageDamage.reportedAt',
        reason: '向负责人报告的时间不能早于发现损坏的时间',
      });
    }
  }
  facts.interruptions.forEach((interruption, index) => {
    const from = Date.parse(interruption.from);
    if (from < start || from > end) {
      problems.push({
        name: `body.interruptions.${index}.from`,
        reason: '中断时间应在录制开始与结束之间',
      });
    }
    if (interruption.resumedAt !== undefined && Date.parse(interruption.resumedAt) < from) {
      problems.push({
        name: `body.interruptions.${index}.resumedAt`,
        reason: '恢复记录时间不能早于中断时间',
      });
    }
    if (interruption.reportedAt !== undefined && Date.parse(interruption.reportedAt) < from) {
      problems.push({
        name: `body.interruptions.${index}.reportedAt`,
        reason: '向负责人报告的时间不能早于中断时间',
      });
    }
  });
  return problems;
}

/** A linked text record must be one of this case's; an evidence note must be one. */
export function linkProblems(
  links: { readonly recordId?: string | null; readonly evidenceNoteRecordId?: string | null },
  records: readonly CaseRecordRow[],
): InvalidParam[] {
  const problems: InvalidParam[] = [];
  if (links.recordId != null && !records.some((row) => row.id === links.recordId)) {
    problems.push({ name: 'body.recordId', reason: '关联的文书不是本案的文书' });
  }
  if (links.evidenceNoteRecordId != null) {
    const note = records.find((row) => row.id === links.evidenceNoteRecordId);
    if (note?.type !== 'av_evidence_note') {
      problems.push({
        name: 'body.evidenceNoteRecordId',
        reason: '应关联本案的“作为证据使用的音像资料文字说明”',
      });
    }
  }
  return problems;
}
