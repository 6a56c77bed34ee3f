import type { CaseEvent, EnforcementCase, TransitionId } from '@liuhen/domain';

type ImpliedEvent = Exclude<CaseEvent['type'], 'stage_changed' | 'launched'>;

/**
 * The moments a transition itself marks, from which the rules count their deadlines:
 * filing starts the 90 days to decide, a decision the period to serve it, conclusion the
 * period to archive.
 */
export function impliedEvents(
  transition: TransitionId,
  enforcementCase: Pick<EnforcementCase, 'launchMode'>,
): ImpliedEvent[] {
  switch (transition) {
    case 'file':
      return ['filed'];
    case 'decline':
      return enforcementCase.launchMode === 'complaint'
        ? ['complaint_declined', 'concluded']
        : ['concluded'];
    case 'decide_on_the_spot':
    case 'decide':
      return ['decision_made'];
    case 'submit_for_decision':
      return [];
    case 'close_without_decision':
    case 'conclude':
      return ['concluded'];
    case 'archive':
      return ['archived'];
  }
}
