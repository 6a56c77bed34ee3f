import type { ActType } from '../enforcement/vocabulary.ts';
import type { ApprovalStepRule, ProfileCitation } from './profile-schema.ts';

type StepRole = ApprovalStepRule['roles'][number];

/**
 * Keeps the built-in chains short: `step('review', '审核', ['department_head'], at('第三十九
 * 条'))`, with `{ majorOnly: true }` for a step only major cases take and `actTypes` for one
 * limited to some acts.
 */
export function approvalStep(
  key: ApprovalStepRule['key'],
  label: string,
  roles: readonly StepRole[],
  citation: ProfileCitation,
  options: { readonly majorOnly?: boolean; readonly actTypes?: readonly ActType[] } = {},
): ApprovalStepRule {
  return {
    key,
    label,
    roles: [...roles],
    majorOnly: options.majorOnly ?? false,
    ...(options.actTypes === undefined ? {} : { actTypes: [...options.actTypes] }),
    citation,
  };
}
