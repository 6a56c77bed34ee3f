import type { PolicyProfile, ProfileDeadline } from '../profiles/profile-schema.ts';
import { firstEvent, type CaseEvent } from './case-event.ts';
import type { Instant } from './instant.ts';
import type { Stage } from './vocabulary.ts';

/**
 * A case launched before approval because the matter was urgent, under a profile that
 * provides for it (003 第十条: 情况紧急的，可先启动行政执法程序，并在启动后 24 小时内补办审批
 * 手续). Under any other profile an emergency flag changes nothing: the launch is approved
 * before filing like any other.
 */
export interface EmergencyLaunch {
  readonly launchedAt: Instant;
  /** `emergencyLaunchApprovalDeadline`: the period to approve it in, and its article. */
  readonly period: ProfileDeadline;
}

export function emergencyLaunchOf(
  events: readonly CaseEvent[],
  profile: Pick<PolicyProfile, 'emergencyLaunchApprovalDeadline'>,
): EmergencyLaunch | undefined {
  const period = profile.emergencyLaunchApprovalDeadline;
  const launched = events.find((event) => event.type === 'launched' && event.emergency);
  if (period === undefined || launched === undefined) return undefined;
  return { launchedAt: launched.at, period };
}

/**
 * Whether the launch approval may be put up now although the case has left the launch
 * stage: it was launched in an emergency, is not approved yet and not archived. Late is
 * still allowed (the delay is a violation, and the case waits for the approval), since
 * refusing it would leave the case stuck for good.
 */
export function awaitsEmergencyLaunchApproval(
  stage: Stage,
  events: readonly CaseEvent[],
  profile: Pick<PolicyProfile, 'emergencyLaunchApprovalDeadline'>,
): boolean {
  return (
    stage !== 'archived' &&
    emergencyLaunchOf(events, profile) !== undefined &&
    firstEvent(events, 'launch_approved') === undefined
  );
}
