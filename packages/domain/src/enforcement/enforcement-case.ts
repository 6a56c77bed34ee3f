import type { Party } from '../party/party.ts';
import type { ActType, LaunchMode, Procedure, Stage } from './vocabulary.ts';

/** An officer assigned to a case, as the case file records them. */
export interface OfficerOnCase {
  readonly userId: string;
  readonly name: string;
  /** 执法证件编号; absent when it was not recorded (a finding, 000 第七条(一)). */
  readonly certificateNumber?: string;
  readonly role: 'handler' | 'assisting';
}

/**
 * A case (案件 / 执法事项): what the rules look at besides its records and events. Times
 * live in the events (./case-event.ts), not here, so a case's history is one list.
 */
export interface EnforcementCase {
  readonly id: string;
  /** 案件名称, used in AV file names (004 音像记录事项清单). */
  readonly name: string;
  readonly caseNumber?: string;
  readonly actType: ActType;
  readonly procedure: Procedure;
  readonly launchMode: LaunchMode;
  readonly stage: Stage;
  /** 重大行政执法决定: needs legal review and collective discussion. */
  readonly majorDecision: boolean;
  /** For complaint launches: whether the complainant gave their real name (实名). */
  readonly complainantRealName?: boolean;
  readonly parties: readonly Party[];
  readonly officers: readonly OfficerOnCase[];
}
