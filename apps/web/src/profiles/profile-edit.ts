import {
  formatRegulationCitation,
  GUIDELINE_118,
  type PolicyProfile,
  type ValueCitation,
} from '@liuhen/domain';
import type { ProfileEdit } from '../api/agency-profiles.ts';

/** What a profile key is called on screen (the diff and the ledger name keys). */
export const PROFILE_KEY_LABELS: Readonly<Record<string, string>> = {
  name: '制度名称',
  issuer: '制定机关',
  documentNumber: '文号',
  mandatoryAvActs: '音像记录事项清单',
  archivingDeadline: '归档期限',
  avRetentionMinimum: '音像资料保存期限',
  avStorageDeadline: '音像资料存储期限',
  avStorageAfterReturnDeadline: '返回单位后的存储期限',
  permanentRetentionCategories: '永久保存的音像资料',
  approvalChain: '审批链',
  textRecordActs: '文字记录事项',
  serviceMethods: '送达方式',
  publication: '公示',
  requirements: '其他要求',
};

export const keyLabel = (key: string) => PROFILE_KEY_LABELS[key] ?? key;

/** The editable part of a saved profile: everything but its id and seed. */
export function editOf(profile: PolicyProfile): ProfileEdit {
  const { id: _id, seed: _seed, ...edit } = profile;
  return edit;
}

const LAWS = ['行政处罚法', '行政强制法', GUIDELINE_118] as const;

/** A citation's source (which regulation or law), as a select value. */
export function sourceKey(citation: ValueCitation): string {
  return 'law' in citation
    ? `law:${citation.law}`
    : `seed:${citation.seed}:${citation.document ?? ''}`;
}

export function citationOf(source: string, article: string): ValueCitation {
  const [kind, first, document] = source.split(':') as [string, string, string | undefined];
  if (kind === 'law') return { law: first as (typeof LAWS)[number], article };
  return {
    seed: first as '000',
    article,
    ...(document === undefined || document === '' ? {} : { document }),
  };
}

function sourceLabel(source: string): string {
  const citation = citationOf(source, '');
  if ('law' in citation)
    return citation.law === GUIDELINE_118 ? GUIDELINE_118 : `《${citation.law}》`;
  return formatRegulationCitation(citation);
}

/**
 * What an item of this profile may cite: the regulations its values already cite (its own
 * seed) and national law. A copy cannot claim another seed's article.
 */
export function sourceOptions(profile: ProfileEdit): { value: string; label: string }[] {
  const cited = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      if ('article' in value && ('seed' in value || 'law' in value)) {
        cited.add(sourceKey(value as ValueCitation));
      } else Object.values(value).forEach(walk);
    }
  };
  walk(profile);
  for (const law of LAWS) cited.add(`law:${law}`);
  return [...cited].map((value) => ({ value, label: sourceLabel(value) }));
}
