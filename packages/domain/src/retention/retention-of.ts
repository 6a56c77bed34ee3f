import { formatDuration } from '../profiles/duration-text.ts';
import type { PolicyProfile, ValueCitation } from '../profiles/profile-schema.ts';
import { citationText } from './citation-text.ts';
import { caseFileRetainUntil, formatCaseFileRetention } from './case-file-retention.ts';
import { impliedCategories, isEvidence } from './retention-category.ts';
import {
  decideRetention,
  type RetentionDecision,
  type RetentionOutcome,
  type UndecidedReason,
} from './retention-decision.ts';
import { retentionEnd } from './retention-end.ts';
import type {
  AvRetentionSubject,
  CaseFileArchive,
  CaseFileRetentionSubject,
  RetentionSubject,
} from './retention-subject.ts';
import { SEED_RETENTION_PROVISIONS } from './seed-provisions.ts';

/**
 * How long `subject` must be kept under `profile`: every rule that applies, the longest
 * winning (permanent beats any date, a later date an earlier one). A profile that sets no
 * period gets `agency_decides`, never an invented number.
 */
export function retentionOf(subject: RetentionSubject, profile: PolicyProfile): RetentionDecision {
  return decideRetention(
    subject.kind === 'av' ? avReasons(subject, profile) : [caseFileReason(subject, profile)],
  );
}

function avReasons(subject: AvRetentionSubject, profile: PolicyProfile): UndecidedReason[] {
  const categories = impliedCategories(subject.categories);
  const reasons: UndecidedReason[] = [];

  for (const item of profile.permanentRetentionCategories ?? []) {
    if (item.category === undefined || !categories.has(item.category)) continue;
    reasons.push({
      rule: 'permanent_category',
      outcome: { kind: 'permanent' },
      citations: [item.citation],
      // The lists end their items with 的 ("作为行政处罚证据使用的"); a label reads without it.
      explanation: `永久保存：${item.value.replace(/的$/, '')}（${citationText([item.citation])}）。`,
    });
  }

  const minimum = profile.avRetentionMinimum;
  if (minimum !== undefined) {
    const retainUntil = retentionEnd(subject.recordedOn, minimum.value);
    reasons.push({
      rule: 'av_minimum',
      outcome: { kind: 'until', retainUntil },
      citations: [minimum.citation],
      explanation: `音像资料保存期限不少于 ${formatDuration(minimum.value)}（${citationText([minimum.citation])}），自 ${subject.recordedOn} 录制完成起算，保存至 ${retainUntil}。`,
    });
  }

  // The national baseline follows no seed: nothing ties its AV to the case file, and the
  // agency decides (national law sets no AV retention period).
  const provisions =
    profile.seed === undefined ? undefined : SEED_RETENTION_PROVISIONS[profile.seed];
  const follows = provisions?.avFollowsCaseFile;
  const { caseFile } = subject;
  // Evidence must be filed with the case file (003 第三十三条 "附卷归档") even when the
  // caller has not linked it yet, so it waits for that case file rather than escaping it.
  const applies =
    follows !== undefined &&
    (follows.scope === 'evidence' ? isEvidence(categories) : caseFile.status !== 'none');
  if (applies) {
    const cited = citationText(follows.citations);
    reasons.push(
      caseFile.status === 'archived'
        ? {
            rule: 'follows_case_file',
            ...archivedOutcome(caseFile, `与所属案卷保存期限相同（${cited}）`),
            citations: follows.citations,
          }
        : {
            rule: 'follows_case_file',
            outcome: { kind: 'awaiting_case_file' },
            citations: follows.citations,
            explanation: `与所属案卷保存期限相同（${cited}）：案卷尚未归档，归档并确定保管期限后随之确定；在此之前不得销毁。`,
          },
    );
  }

  if (reasons.length === 0) reasons.push(leftToAgency(provisions?.avLeftToAgency));
  return reasons;
}

function caseFileReason(
  subject: CaseFileRetentionSubject,
  profile: PolicyProfile,
): UndecidedReason {
  const citation =
    profile.seed === undefined ? undefined : SEED_RETENTION_PROVISIONS[profile.seed].caseFile;
  const cited = citation === undefined ? '' : `（${citationText([citation])}）`;
  return {
    rule: 'case_file_period',
    ...archivedOutcome(subject.archive, `案卷按归档时确定的保管期限保存${cited}`),
    citations: citation === undefined ? [] : [citation],
  };
}

function archivedOutcome(
  archive: CaseFileArchive,
  lead: string,
): { outcome: RetentionOutcome; explanation: string } {
  const { retention } = archive;
  const period = `案卷于 ${archive.archivedOn} 归档，保管期限${retention.kind === 'permanent' ? '为' : ' '}${formatCaseFileRetention(retention)}`;
  if (retention.kind === 'permanent') {
    return { outcome: { kind: 'permanent' }, explanation: `${lead}：${period}，永久保存。` };
  }
  const retainUntil = caseFileRetainUntil(archive.archivedOn, retention.years);
  return {
    outcome: { kind: 'until', retainUntil },
    explanation: `${lead}：${period}，自归档次年 1 月 1 日起算，保存至 ${retainUntil}。`,
  };
}

function leftToAgency(citation: ValueCitation | undefined): UndecidedReason {
  const cited = citation === undefined ? '' : `（${citationText([citation])}）`;
  return {
    rule: 'agency_decides',
    outcome: { kind: 'agency_decides' },
    citations: citation === undefined ? [] : [citation],
    explanation: `本规定未规定该音像资料的保存期限，由本机关确定${cited}；确定前不得销毁。`,
  };
}
