import type { Instant } from './instant.ts';
import type { SuspensionCause } from './decision-period-vocabulary.ts';
import type { Stage } from './vocabulary.ts';

/**
 * What happened to a case and when. Facts with a document are records
 * (../records/case-record.ts); events are the moments between them that the rules count
 * deadlines from. Every event is also a ledger entry once the server stores it.
 */
export type CaseEvent =
  /** 程序启动. `emergency`: launched before approval because the situation was urgent (003 第十条). */
  | { readonly type: 'launched'; readonly at: Instant; readonly emergency: boolean }
  /** The launch approval form signed by the head (including a late one after an emergency). */
  | { readonly type: 'launch_approved'; readonly at: Instant }
  /** 立案: the case is filed; the 90-day decision period runs from here (行政处罚法 第六十条). */
  | { readonly type: 'filed'; readonly at: Instant }
  /** A complaint reviewed and not pursued (不启动执法程序). */
  | { readonly type: 'complaint_declined'; readonly at: Instant }
  /** The complainant told why (002 第四条(三), 003 第十一条). */
  | { readonly type: 'complainant_informed'; readonly at: Instant }
  /**
   * The 90-day decision period (行政处罚法 第六十条) extended by `days`, approved by the agency
   * head named (经行政机关负责人批准), for the reason given.
   */
  | {
      readonly type: 'decision_period_extended';
      readonly at: Instant;
      readonly days: number;
      readonly reason: string;
      readonly approverName: string;
    }
  /** From `at` the decision period stands still (鉴定、听证、公告…) until it is resumed. */
  | {
      readonly type: 'decision_period_suspended';
      readonly at: Instant;
      readonly cause: SuspensionCause;
      readonly reason: string;
    }
  /** The decision period runs again from `at`. */
  | { readonly type: 'decision_period_resumed'; readonly at: Instant }
  /** The decision made (作出决定); service runs from here. */
  | { readonly type: 'decision_made'; readonly at: Instant }
  /** 行政执法行为终结 / 结案: the archiving period runs from here. */
  | { readonly type: 'concluded'; readonly at: Instant }
  /** The case file handed to the archive (立卷归档). */
  | { readonly type: 'archived'; readonly at: Instant }
  | {
      readonly type: 'stage_changed';
      readonly at: Instant;
      readonly from: Stage;
      readonly to: Stage;
    };

export type CaseEventType = CaseEvent['type'];

/** The first event of a type, or undefined. */
export function firstEvent<T extends CaseEventType>(
  events: readonly CaseEvent[],
  type: T,
): Extract<CaseEvent, { type: T }> | undefined {
  return events.find((event): event is Extract<CaseEvent, { type: T }> => event.type === type);
}
