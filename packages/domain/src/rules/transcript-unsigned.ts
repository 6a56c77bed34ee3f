import { describeRecord } from './av/record-types.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import type { PolicyProfile, ProfileCitation, ValueCitation } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import {
  citationsForProfile,
  PARTY_SIGNATURE_CITATIONS,
  recordTypeSpec,
  REFUSAL_NOTE_CITATIONS,
  uniqueCitations,
} from '../records/catalogue/index.ts';
import { bindsAny, regulationNames } from './binding.ts';
import type { Finding, FindingSeverity } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'transcript-unsigned';

/**
 * The party signs records that directly affect their rights and duties, and a refusal is
 * written down (the articles: PARTY_SIGNATURE_CITATIONS, REFUSAL_NOTE_CITATIONS). 000 and
 * 001 say nothing of signatures, 002 nothing of refusal notes: where the profile's own
 * seed is silent the finding cites the seeds that speak and is advice (./binding.ts).
 */
const SIGNATURE = PARTY_SIGNATURE_CITATIONS;
const REFUSAL_NOTE = REFUSAL_NOTE_CITATIONS;

interface Problem {
  readonly severity: FindingSeverity;
  readonly message: string;
  readonly citations: ValueCitation[];
}

/** A duty of `articles`: binding under the profile's own seed, else advice naming them. */
function duty(
  articles: readonly ProfileCitation[],
  profile: PolicyProfile,
  message: string,
): Problem {
  const citations = citationsForProfile(articles, profile);
  return bindsAny(citations, profile)
    ? { severity: 'missing', citations, message }
    : {
        severity: 'advice',
        citations,
        message: `${message}（本机关适用的规定未作要求，此为${regulationNames(citations)}的做法，供参考。）`,
      };
}

/**
 * Where the profile wants a refusal on audio-video: its own flag, or a mandatory-AV item
 * for the `refusal_to_sign` situation (in the built-ins, 003 第十六条 both ways). Empty when
 * it does not.
 */
function refusalAvCitations(profile: PolicyProfile): ValueCitation[] {
  const flag = profile.requirements?.refusalToSignNoteAndAv;
  const items = (profile.mandatoryAvActs ?? []).filter((item) =>
    item.situations?.includes('refusal_to_sign'),
  );
  return uniqueCitations([
    ...(flag === undefined ? [] : [flag.citation]),
    ...items.map((item) => item.citation),
  ]);
}

function problems(
  record: CaseRecord,
  avRecords: readonly AvRecord[],
  profile: PolicyProfile,
): Problem[] {
  const document = describeRecord(record);
  const avCitations = refusalAvCitations(profile);
  const signature = record.signature;
  if (
    signature === undefined ||
    (signature.kind === 'signed' && !signature.signers.some((s) => s.trim() !== ''))
  ) {
    const withAv = avCitations.length > 0 ? '，并对拒绝签字的情况进行音像记录' : '';
    return [
      duty(
        SIGNATURE,
        profile,
        `${document}直接涉及当事人权利、义务，但既无当事人或有关人员的签字（盖章），也无拒绝签字的记录。请由当事人或有关人员签字或盖章确认；拒绝签字或盖章的，由执法人员现场记录具体情况${withAv}。`,
      ),
    ];
  }
  if (signature.kind === 'signed') return [];
  const found: Problem[] = [];
  if (signature.note.trim() === '') {
    found.push(
      duty(
        REFUSAL_NOTE,
        profile,
        `${document}记为当事人或有关人员于 ${formatShanghai(signature.at)} 拒绝签字或盖章，但未记录具体情况。请由执法人员补记拒绝的经过和在场人员等具体情况。`,
      ),
    );
  }
  const avId = signature.avRecordId;
  // The refusal may be a clip of its own, named in the signature block, or part of the AV
  // of the whole act, tagged as showing the refusal.
  const refusalOnAv =
    avRecords.some((av) => av.id === avId) ||
    avRecords.some((av) => av.recordId === record.id && av.situations.includes('refusal_to_sign'));
  if (avCitations.length > 0 && !refusalOnAv) {
    const which =
      avId === undefined ? '未关联音像记录' : `所关联的音像记录（${avId}）不在本案音像记录中`;
    found.push({
      severity: 'missing',
      citations: avCitations,
      message: `${document}记为当事人或有关人员于 ${formatShanghai(signature.at)} 拒绝签字或盖章，${which}。本规定要求对拒绝签字或盖章的情况进行音像记录，请关联该段音像记录。`,
    });
  }
  return found;
}

/**
 * Records whose type needs the party's signature (catalogue `partySignature`): signed, or
 * refused with the officers' note and, where the profile demands it, the AV of the refusal.
 */
export const transcriptUnsigned: Rule = {
  id: ID,
  title: '直接涉及当事人权利义务的文书未签字且无拒签记录',
  citations: uniqueCitations([...SIGNATURE, ...REFUSAL_NOTE]),
  check: ({ records, avRecords, profile }) =>
    records.flatMap((record): Finding[] => {
      const spec = recordTypeSpec(record.type);
      if (spec.partySignature !== 'required') return [];
      return problems(record, avRecords, profile).map((problem) => ({
        ruleId: ID,
        severity: problem.severity,
        citations: problem.citations,
        stage: spec.stage,
        subjectId: record.id,
        message: problem.message,
      }));
    }),
};
