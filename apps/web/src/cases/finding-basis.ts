import type { FindingSeverity } from '@liuhen/domain';
import { citationLabel, type CitationLike } from '../common/citation.ts';
import { ADVICE_LABEL } from './labels.ts';

/**
 * What the articles under a finding are to the agency: 依据 (they bind it), or, for advice,
 * 参考：其他规定的做法 (another agency's regulation, which does not).
 */
export function basisPrefix(severity: FindingSeverity): string {
  return severity === 'advice' ? ADVICE_LABEL : '依据';
}

/** 依据：《德宏州记录办法》第十条, or 参考：其他规定的做法：《长治市民宗局记录制度》第四条; '' citing nothing. */
export function findingBasisText(finding: {
  readonly severity: FindingSeverity;
  readonly citations: readonly CitationLike[];
}): string {
  if (finding.citations.length === 0) return '';
  return `${basisPrefix(finding.severity)}：${finding.citations.map(citationLabel).join('、')}`;
}
