import type { ActType } from './vocabulary.ts';

/**
 * 案号: 机关代字 + 类别字 + 〔年份〕 + 序号 + 号, e.g. 常综执罚〔2024〕12号 (GLOSSARY "case
 * number"). The sequence is per agency, category and year and has no gaps; the server
 * allocates it inside the transaction that opens the case.
 */
export const CASE_NUMBER_CATEGORIES: Readonly<Record<ActType, string>> = {
  licensing: '许',
  penalty: '罚',
  coercion: '强',
  expropriation: '征',
  levy: '费',
  inspection: '检',
};

export interface CaseNumberParts {
  readonly agencyCode: string;
  readonly category: string;
  readonly year: number;
  readonly sequence: number;
}

export function formatCaseNumber(parts: CaseNumberParts): string {
  if (!Number.isSafeInteger(parts.sequence) || parts.sequence < 1) {
    throw new RangeError(`a case number sequence starts at 1, not ${parts.sequence}`);
  }
  return `${parts.agencyCode}${parts.category}〔${parts.year}〕${parts.sequence}号`;
}

const CASE_NUMBER = /^(.+?)([许罚强征费检])〔(\d{4})〕([1-9]\d*)号$/u;

/** Reads a case number back; undefined when it does not follow the pattern. */
export function parseCaseNumber(text: string): CaseNumberParts | undefined {
  const match = CASE_NUMBER.exec(text.trim());
  if (match === null) return undefined;
  return {
    agencyCode: match[1]!,
    category: match[2]!,
    year: Number(match[3]),
    sequence: Number(match[4]),
  };
}
