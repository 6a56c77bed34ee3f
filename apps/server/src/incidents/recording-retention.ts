import {
  incidentRecordingRetentionSubject,
  retentionOf,
  shanghaiDateOf,
  summarizeRetention,
  type IncidentKind,
  type PolicyProfile,
} from '@liuhen/domain';
import { citationView } from '../cases/finding-view.ts';

/**
 * How long a recording on an incident must be kept, by the agency's profile: for ever where
 * the profile lists 处置重大突发事件、群体性事件 and the incident is one (004 第二十条(三),
 * 002 第八条(四), 003 第三十二条(三)); otherwise the profile's minimum, or the agency's own
 * decision where the regulation sets none.
 */
export function recordingRetentionView(
  profile: PolicyProfile | undefined,
  kind: IncidentKind,
  file: { readonly capturedUntil: Date | null; readonly importedAt: Date },
) {
  if (profile === undefined) return null;
  // Counted from the recording's completion (002 第八条(一) 制作完成后); a file whose capture
  // time is unknown from its docking, which is later and so never keeps it shorter.
  const recordedOn = shanghaiDateOf((file.capturedUntil ?? file.importedAt).toISOString());
  const decision = retentionOf(incidentRecordingRetentionSubject(kind, recordedOn), profile);
  return {
    kind: decision.kind,
    retainUntil: decision.kind === 'until' ? decision.retainUntil : null,
    summary: summarizeRetention(decision),
    reasons: decision.reasons.map((reason) => ({
      rule: reason.rule,
      decisive: reason.decisive,
      explanation: reason.explanation,
      citations: reason.citations.map(citationView),
    })),
  };
}
