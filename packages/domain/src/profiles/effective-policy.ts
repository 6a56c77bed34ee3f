import { formatCitation } from '../citation/citation.ts';
import { formatDuration } from './duration-text.ts';
import { stricterDeadline, type Duration } from './duration.ts';
import {
  DEMAND_NOTICE_BEFORE_EXECUTION,
  formatLawCitation,
  NATIONAL_LAW,
  type LawCitation,
  type NationalDeadline,
} from './national-law.ts';
import type { PolicyProfile, ProfileDeadline, ValueCitation } from './profile-schema.ts';

/** The obligations on which both a profile and national law can speak. */
export const EFFECTIVE_KEYS = [
  'publicationWithdrawal',
  'decisionService',
  'penaltyDecision',
  'demandNoticeBeforeExecution',
] as const;
export type EffectiveKey = (typeof EFFECTIVE_KEYS)[number];

export type EffectiveSource = 'profile' | 'national_law' | 'both';

export interface EffectiveValue<T> {
  readonly value: T;
  /**
   * A second deadline that also binds when the two cannot be ordered without dates
   * (working days against calendar days): whichever comes first.
   */
  readonly alsoApplies?: T;
  readonly source: EffectiveSource;
  /** Shown to users as is: why this value and not the other. */
  readonly explanation: string;
  readonly citations: readonly (ValueCitation | LawCitation)[];
}

interface DeadlineKeySpec {
  readonly fromProfile: (profile: PolicyProfile) => ProfileDeadline | undefined;
  readonly law: NationalDeadline;
  /** What must happen by the deadline, as the law phrases it. */
  readonly act: string;
}

const DEADLINE_KEYS: Readonly<
  Record<Exclude<EffectiveKey, 'demandNoticeBeforeExecution'>, DeadlineKeySpec>
> = {
  publicationWithdrawal: {
    fromProfile: (p) => p.publication?.withdrawalOnRevocationDeadline,
    law: NATIONAL_LAW.publicationWithdrawalDeadline,
    act: '撤下',
  },
  // No seed sets its own service or decision deadline; the keys exist so an edited copy
  // that adds one is still held to the law.
  decisionService: {
    fromProfile: () => undefined,
    law: NATIONAL_LAW.decisionServiceDeadline,
    act: '送达',
  },
  penaltyDecision: {
    fromProfile: () => undefined,
    law: NATIONAL_LAW.penaltyDecisionDeadline,
    act: '作出处罚决定',
  },
};

/** 《行政处罚法》第四十八条、第八十五条: one statute named once. */
function lawText(citations: readonly LawCitation[]): string {
  const byLaw = new Map<string, string[]>();
  for (const c of citations) byLaw.set(c.law, [...(byLaw.get(c.law) ?? []), c.article]);
  return [...byLaw].map(([law, articles]) => `《${law}》${articles.join('、')}`).join('、');
}

function profileText(citation: ValueCitation): string {
  return 'law' in citation ? formatLawCitation(citation) : formatCitation(citation);
}

function effectiveDeadline(
  profile: PolicyProfile,
  spec: DeadlineKeySpec,
): EffectiveValue<Duration> {
  const own = spec.fromProfile(profile);
  const law = spec.law;
  const lawCited = lawText(law.citations);
  const lawValue = formatDuration(law.value);
  if (own === undefined) {
    return {
      value: law.value,
      source: 'national_law',
      explanation: `本规定未规定该期限，适用${lawCited}：${lawValue}内${spec.act}。`,
      citations: law.citations,
    };
  }
  const ownValue = formatDuration(own.value);
  const citations = [own.citation, ...law.citations];
  const stricter = stricterDeadline(own.value, law.value);
  if (stricter.kind === 'both') {
    return {
      value: own.value,
      alsoApplies: law.value,
      source: 'both',
      explanation: `本规定为 ${ownValue}（${profileText(own.citation)}），${lawCited}规定 ${lawValue}内${spec.act}；两者计算方式不同，以先届满者为准。`,
      citations,
    };
  }
  if (stricter.from === 'equal') {
    return {
      value: own.value,
      source: 'both',
      explanation: `本规定（${profileText(own.citation)}）与${lawCited}一致，均为 ${ownValue}内${spec.act}。`,
      citations,
    };
  }
  if (stricter.from === 'a') {
    return {
      value: own.value,
      source: 'profile',
      explanation: `本规定为 ${ownValue}（${profileText(own.citation)}），严于${lawCited}规定的 ${lawValue}，适用本规定。`,
      citations,
    };
  }
  return {
    value: law.value,
    source: 'national_law',
    explanation: `本规定为 ${ownValue}，但${lawCited}规定 ${lawValue}内${spec.act}，适用更严格的法律规定。`,
    citations,
  };
}

function effectiveDemandNotice(profile: PolicyProfile): EffectiveValue<true> {
  const own = profile.requirements?.demandNoticeBeforeExecution;
  const law = DEMAND_NOTICE_BEFORE_EXECUTION.citation;
  const lawCited = lawText([law]);
  return own === undefined
    ? {
        value: true,
        source: 'national_law',
        explanation: `本规定未规定催告，但${lawCited}要求作出强制执行决定前事先书面催告当事人。`,
        citations: [law],
      }
    : {
        value: true,
        source: 'both',
        explanation: `本规定（${profileText(own.citation)}）与${lawCited}均要求强制执行前催告当事人。`,
        citations: [own.citation, law],
      };
}

/** The value that binds an agency using `profile`: the stricter of profile and law. */
export function effectiveValue(
  profile: PolicyProfile,
  key: 'demandNoticeBeforeExecution',
): EffectiveValue<true>;
export function effectiveValue(
  profile: PolicyProfile,
  key: Exclude<EffectiveKey, 'demandNoticeBeforeExecution'>,
): EffectiveValue<Duration>;
export function effectiveValue(
  profile: PolicyProfile,
  key: EffectiveKey,
): EffectiveValue<Duration> | EffectiveValue<true> {
  return key === 'demandNoticeBeforeExecution'
    ? effectiveDemandNotice(profile)
    : effectiveDeadline(profile, DEADLINE_KEYS[key]);
}
