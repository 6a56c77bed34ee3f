import {
  ACT_TYPES,
  formatDuration,
  profileActTypes,
  type ActType,
  type PolicyProfile,
} from '@liuhen/domain';
import { citationLabel } from '../common/citation.ts';

/**
 * What the new-case form offers, from the agency's profile in force. The server checks the
 * same (cases.service `open`); the form only spares the clerk a refusal on submit. Without
 * the profile (loading, or it could not be read) everything is offered and the server decides.
 */

export interface ActTypeChoices {
  readonly types: readonly ActType[];
  /** Set when the profile narrows the list: which article says so. */
  readonly hint?: string;
}

/** The acts the profile governs (003 第二条), or all six when it is silent. */
export function actTypeChoices(
  profile: Pick<PolicyProfile, 'actTypes'> | undefined,
): ActTypeChoices {
  const listed = profile && profileActTypes(profile);
  if (listed === undefined || listed.codes.length === ACT_TYPES.length) return { types: ACT_TYPES };
  const cited = listed.citations.map(citationLabel).join('、');
  return {
    types: ACT_TYPES.filter((type) => listed.codes.includes(type)),
    hint: `本机关制度（${cited}）只适用于以上执法类别。确需办理其他类别的，请由机关负责人在“本机关制度”中增加该类别。`,
  };
}

export interface EmergencyChoice {
  /** False hides the 紧急启动 switch: the profile provides no such launch. */
  readonly offered: boolean;
  /** The hint under the switch, off and on. */
  readonly hintOff: string;
  readonly hintOn: string;
}

/** Today's wording, for when the profile is not known. */
const UNKNOWN_PROFILE: EmergencyChoice = {
  offered: true,
  hintOff:
    '仅本机关适用的制度规定了紧急启动的（如《德宏州记录办法》第十条：24 小时内补办审批），方可先行启动。',
  hintOn:
    '情况紧急、先行启动的，须在本机关制度规定的时限内补办审批手续（由承办机构负责人或机关负责人“批准启动”）。',
};

/** 紧急启动 exists only where the profile sets its approval deadline (003 第十条). */
export function emergencyChoice(
  profile: Pick<PolicyProfile, 'emergencyLaunchApprovalDeadline'> | undefined,
): EmergencyChoice {
  if (profile === undefined) return UNKNOWN_PROFILE;
  const deadline = profile.emergencyLaunchApprovalDeadline;
  if (deadline === undefined) return { offered: false, hintOff: '', hintOn: '' };
  const within = formatDuration(deadline.value);
  const cited = citationLabel(deadline.citation);
  return {
    offered: true,
    hintOff: `情况紧急的，可先行启动执法程序，${within}内补办审批手续（${cited}）。`,
    hintOn: `先行启动的，须在 ${within}内补办审批手续（${cited}），由承办机构负责人或机关负责人“批准启动”。`,
  };
}
