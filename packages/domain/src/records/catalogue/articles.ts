import { citeIn } from '../../profiles/cite.ts';
import type {
  PolicyProfile,
  ProfileCitation,
  ValueCitation,
} from '../../profiles/profile-schema.ts';
import { SEED_004_PUBLICATION, SEED_004_RECORDING } from '../../profiles/seed-004.ts';

/** Short names for the seeds' articles, so catalogue entries read like the regulations. */
export const s000 = citeIn('000');
export const s001 = citeIn('001');
export const s002 = citeIn('002');
export const s003 = citeIn('003');
/** 004 holds two regulations; nearly everything here is in 全过程记录制度. */
export const s004 = citeIn('004', SEED_004_RECORDING);
export const s004Publication = citeIn('004', SEED_004_PUBLICATION);

/**
 * The party or persons concerned sign or seal records that directly affect their rights and
 * duties (a type's `partySignature`): 002 第五条(一)(二) (every investigation document), 003
 * 第十六条, 004 第七条. 000 and 001 say nothing of signatures, so under them a missing
 * signature is advice (../../rules/binding.ts).
 */
export const PARTY_SIGNATURE_CITATIONS: readonly ProfileCitation[] = [
  s002('第五条'),
  s003('第十六条'),
  s004('第七条'),
];

/**
 * A refusal to sign is written down (003 第十六条, 004 第六条 and 第七条). 002 第五条(二) asks
 * for a record of a refusal to be questioned or to give evidence, not of a refusal to sign.
 */
export const REFUSAL_NOTE_CITATIONS: readonly ProfileCitation[] = [
  s003('第十六条'),
  s004('第六条'),
  s004('第七条'),
];

function keyOf(citation: ValueCitation): string {
  return 'law' in citation
    ? `${citation.law}|${citation.article}`
    : `${citation.seed}|${citation.document ?? ''}|${citation.article}`;
}

/** Each article once, in first-seen order (a seed's, or national law's in the baseline). */
export function uniqueCitations<C extends ValueCitation>(citations: readonly C[]): C[] {
  const seen = new Map<string, C>();
  for (const citation of citations)
    if (!seen.has(keyOf(citation))) seen.set(keyOf(citation), citation);
  return [...seen.values()];
}

/**
 * The articles a finding cites under `profile`: those of the profile's own seed when that
 * seed names the duty; otherwise every article given, so that the finding, which then
 * binds nothing and is only advice (../../rules/binding.ts), names the regulations whose
 * practice it is.
 */
export function citationsForProfile(
  citations: readonly ProfileCitation[],
  profile: PolicyProfile,
): ProfileCitation[] {
  const own = citations.filter((citation) => citation.seed === profile.seed);
  return uniqueCitations(own.length > 0 ? own : citations);
}
