import { AvFileNameError, composeAvFileName, shanghaiDateOf } from '@liuhen/domain';
import type { CaseOfficerRow, CaseRow } from '../cases/cases.repository.ts';
import { problems } from '../http/problem.ts';
import type { AvRecordRow, EvidenceObjectRow } from './av-records.repository.ts';

const EXTENSION = /^[a-z0-9]{1,8}$/;

/** The extension the name keeps: the file's own, else the media subtype (video/mp4 → mp4). */
export function extensionOf(object: Pick<EvidenceObjectRow, 'originalName' | 'mediaType'>) {
  const fromName = object.originalName.includes('.')
    ? object.originalName.split('.').at(-1)!.toLowerCase()
    : '';
  if (EXTENSION.test(fromName)) return fromName;
  const subtype = object.mediaType.split('/')[1]?.split(/[;+]/)[0]?.toLowerCase() ?? '';
  return EXTENSION.test(subtype) ? subtype : 'bin';
}

/**
 * The standard name (004 音像记录事项清单 “案件名称+八位日期+两位数序号+承办人姓名+记录内容”):
 * the sequence is the recording's number among the case's recordings made that day.
 */
export function nameNewAvRecord(options: {
  readonly theCase: CaseRow;
  readonly officers: readonly CaseOfficerRow[];
  readonly existing: readonly AvRecordRow[];
  readonly object: EvidenceObjectRow;
  readonly recordingStartedAt: string;
  readonly content: string;
}): { name: string; sequence: number } {
  const date = shanghaiDateOf(options.recordingStartedAt);
  const sameDay = new Set(
    options.existing
      .filter((row) => shanghaiDateOf(row.recordingStartedAt.toISOString()) === date)
      .map((row) => row.avRecordId),
  );
  const sequence = sameDay.size + 1;
  const handler = options.officers.find((officer) => officer.role === 'handler');
  try {
    const name = composeAvFileName({
      caseName: options.theCase.name,
      date,
      sequence,
      handlerName: handler?.name ?? '',
      content: options.content,
      extension: extensionOf(options.object),
    });
    return { name, sequence };
  } catch (error) {
    if (!(error instanceof AvFileNameError)) throw error;
    const field = error.field === 'content' ? 'body.content' : `body.${error.field}`;
    throw problems.validation([{ name: field, reason: error.message }]);
  }
}
