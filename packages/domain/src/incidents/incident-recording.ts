import { composeAvFileName, parseAvFileName } from '../av/av-file-name.ts';
import type { PlainDate } from '../calendar/plain-date.ts';
import { shanghaiDateOf, type Instant } from '../enforcement/instant.ts';
import type { AvRetentionSubject } from '../retention/retention-subject.ts';
import {
  INCIDENT_KIND_CONTENT,
  incidentRetentionCategories,
  type IncidentKind,
} from './incident-kind.ts';

/** The incident as its recordings are named and kept by. */
export interface IncidentRef {
  readonly name: string;
  readonly kind: IncidentKind;
}

/**
 * The day a recording is named and counted by: the day it was made, Beijing time; for a
 * file whose capture time is unknown, the day it was docked (later, so never shorter kept).
 */
export function recordingDay(file: {
  readonly capturedFrom?: Instant | undefined;
  readonly importedAt: Instant;
}): PlainDate {
  return shanghaiDateOf(file.capturedFrom ?? file.importedAt);
}

/**
 * The next 两位数序号 on the incident for `date`: one past the highest already given there
 * that day. Names already given are never reused, even by a file since moved elsewhere.
 */
export function nextIncidentSequence(existingNames: readonly string[], date: PlainDate): number {
  let highest = 0;
  for (const name of existingNames) {
    const parts = parseAvFileName(name);
    if (parts?.date === date) highest = Math.max(highest, parts.sequence);
  }
  return highest + 1;
}

/**
 * A recording of an incident under the 音像记录事项清单's standard name
 * (“案件名称+八位日期+两位数序号+承办人姓名+记录内容”), the incident's name standing where a
 * case's would (004 第十八条 标明案号（或事件名称）); 记录内容 is what the kind says was done.
 * Throws AvFileNameError as composeAvFileName does (a 100th recording of one day).
 */
export function incidentRecordingName(options: {
  readonly incident: IncidentRef;
  readonly date: PlainDate;
  readonly sequence: number;
  readonly handlerName: string;
  readonly extension: string;
}): string {
  return composeAvFileName({
    caseName: options.incident.name,
    date: options.date,
    sequence: options.sequence,
    handlerName: options.handlerName,
    content: INCIDENT_KIND_CONTENT[options.incident.kind],
    extension: options.extension,
  });
}

/**
 * A recording placed on an incident, as retention sees it: it goes into no case file, and it
 * is of 处置重大突发事件、群体性事件 when the incident's kind says so.
 */
export function incidentRecordingRetentionSubject(
  kind: IncidentKind,
  recordedOn: PlainDate,
): AvRetentionSubject {
  return {
    kind: 'av',
    recordedOn,
    categories: incidentRetentionCategories(kind),
    caseFile: { status: 'none' },
  };
}
