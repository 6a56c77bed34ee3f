import {
  CONFIDENTIALITY_LABELS,
  CONFIDENTIALITY_LEVELS,
  type Confidentiality,
} from '@liuhen/domain';
import type { CaseRecordView } from '../api/cases.ts';

/** The record form's 密级 choices, 普通 first (the default). */
export const CONFIDENTIALITY_OPTIONS = CONFIDENTIALITY_LEVELS.map((level) => ({
  value: level,
  label: CONFIDENTIALITY_LABELS[level],
}));

export const DEFAULT_CONFIDENTIALITY: Confidentiality = 'ordinary';

export const MASKED_NOTICE = '部分内容已遮蔽（身份证号、电话、地址等）';

export interface RecordMarks {
  /** The 密级 to tag the record with; null for 普通 (untagged, like most records). */
  readonly level: string | null;
  /** Whether this user sees it masked (say so, or a masked number reads as a typo). */
  readonly masked: boolean;
}

export function recordMarks(
  record: Partial<Pick<CaseRecordView, 'confidentiality' | 'contentMasked'>>,
): RecordMarks {
  const level = record.confidentiality ?? DEFAULT_CONFIDENTIALITY;
  return {
    level: level === 'ordinary' ? null : CONFIDENTIALITY_LABELS[level],
    masked: record.contentMasked === true,
  };
}

/**
 * The 密级 to put in the body, or undefined to leave it out: a new record is 普通 unless
 * marked, a correction keeps the original's unless changed, so only a choice that differs
 * from what the server would assume is sent.
 */
export function confidentialityToSend(
  chosen: Confidentiality | undefined,
  original: Partial<Pick<CaseRecordView, 'confidentiality'>> | undefined,
): Confidentiality | undefined {
  const assumed = original?.confidentiality ?? DEFAULT_CONFIDENTIALITY;
  return chosen === undefined || chosen === assumed ? undefined : chosen;
}
