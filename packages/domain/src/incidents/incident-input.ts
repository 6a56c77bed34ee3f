import { instantMs, type Instant } from '../enforcement/instant.ts';
import { AvFileNameError, composeAvFileName } from '../av/av-file-name.ts';
import type { PlainDate } from '../calendar/plain-date.ts';

/** The longest 事件名称: with the date, a handler and the content it still fits a file name. */
export const INCIDENT_NAME_MAX = 50;

/** A station or a clerk's clock may run a little ahead of the server's. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export interface IncidentTimes {
  readonly startedAt: Instant;
  readonly endedAt?: Instant | undefined;
}

export interface IncidentInputProblem {
  readonly field: 'name' | 'startedAt' | 'endedAt';
  readonly reason: string;
}

/**
 * What a registration must satisfy beyond its shape: the name must be usable as the first
 * part of a recording's file name (004 第十八条; the 音像记录事项清单's standard name), the
 * incident must have begun, and it cannot end before it began or after now (an end not yet
 * known is left out).
 */
export function incidentInputProblems(
  input: { readonly name: string } & IncidentTimes,
  now: Instant,
): IncidentInputProblem[] {
  const problems: IncidentInputProblem[] = [];
  const nameProblem = fileNameProblem(input.name);
  if (nameProblem !== undefined) problems.push({ field: 'name', reason: nameProblem });
  const latest = instantMs(now) + FUTURE_TOLERANCE_MS;
  if (instantMs(input.startedAt) > latest) {
    problems.push({ field: 'startedAt', reason: '发生（开始）时间不能晚于当前时间' });
  }
  if (input.endedAt !== undefined) {
    if (instantMs(input.endedAt) < instantMs(input.startedAt)) {
      problems.push({ field: 'endedAt', reason: '结束时间不能早于发生（开始）时间' });
    } else if (instantMs(input.endedAt) > latest) {
      problems.push({
        field: 'endedAt',
        reason: '结束时间不能晚于当前时间；尚未结束的，请不填结束时间',
      });
    }
  }
  return problems;
}

function fileNameProblem(name: string): string | undefined {
  try {
    composeAvFileName({
      caseName: name,
      date: '2024-01-01' as PlainDate,
      sequence: 1,
      handlerName: '承办人',
      content: '记录内容',
      extension: 'mp4',
    });
    return undefined;
  } catch (error) {
    if (!(error instanceof AvFileNameError)) throw error;
    if (error.field === 'caseName') return error.message.replace('案件名称', '事件名称');
    return '事件名称过长，无法用于音像文件名，请缩短';
  }
}
