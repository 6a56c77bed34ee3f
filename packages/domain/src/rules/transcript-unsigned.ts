import { describeRecord } from './av/record-types.ts';
import { formatShanghai } from '../enforcement/instant.ts';
import type { PolicyProfile, ValueCitation } from '../profiles/profile-schema.ts';
import type { AvRecord } from '../records/av-record.ts';
import type { CaseRecord } from '../records/case-record.ts';
import {
  citationsForProfile,
  recordTypeSpec,
  uniqueCitations,
} from '../records/catalogue/index.ts';
import { s002, s003, s004 } from '../records/catalogue/articles.ts';
import type { Finding } from './finding.ts';
import type { Rule } from './rule.ts';

const ID = 'transcript-unsigned';

/**
 * The party or persons concerned sign or seal records that directly affect their rights and
 * duties: 002 第五条(一)(二) (every investigation document), 003 第十六条, 004 第七条. 000
 * and 001 say nothing of signatures; the catalogue's `partySignature` holds under every
 * profile (see FieldSpec), so under them the finding cites the three that do.
 */
const SIGNATURE = [s002('第五条'), s003('第十六条'), s004('第七条')];

/**
 * A refusal is written down (003 第十六条, 004 第六条 and 第七条). 002 第五条(二) asks for a
 * record of a refusal to be questioned or to give evidence, not of a refusal to sign.
 */
const REFUSAL_NOTE = [s003('第十六条'), s004('第六条'), s004('第七条')];

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
): { message: string; citations: ValueCitation[] }[] {
  const document = describeRecord(record);
  const avCitations = refusalAvCitations(profile);
  const signature = record.signature;
  if (
    signature === undefined ||
    (signature.kind === 'signed' && !signature.signers.some((s) => s.trim() !== ''))
  ) {
    const withAv = avCitations.length > 0 ? '，并对拒绝签字的情况进行音像记录' : '';
    return [
      {
        citations: citationsForProfile(SIGNATURE, profile),
        message: `${document}直接涉及当事人权利、义务，但既无当事人或有关人员的签字（盖章），也无拒绝签字的记录。请由当事人或有关人员签字或盖章确认；拒绝签字或盖章的，由执法人员现场记录具体情况${withAv}。`,
      },
    ];
  }
  if (signature.kind === 'signed') return [];
  const found: { message: string; citations: ValueCitation[] }[] = [];
  if (signature.note.trim() === '') {
    found.push({
      citations: citationsForProfile(REFUSAL_NOTE, profile),
      message: `${document}记为当事人或有关人员于 ${formatShanghai(signature.at)} 拒绝签字或盖章，但未记录具体情况。请由执法人员补记拒绝的经过和在场人员等具体情况。`,
    });
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
        severity: 'missing',
        citations: problem.citations,
        stage: spec.stage,
        subjectId: record.id,
        message: problem.message,
      }));
    }),
};
