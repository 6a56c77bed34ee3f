import { INCIDENT_KIND_LABELS } from '@liuhen/domain';
import type { IncidentKind } from './incidents-api.ts';

export { INCIDENT_KIND_LABELS };

/** The kinds in the order the form offers them, each with what it covers. */
export const INCIDENT_KIND_OPTIONS: readonly { value: IncidentKind; hint: string }[] = [
  { value: 'major_emergency', hint: '处置重大突发事件（004 第十二条(十)），音像记录永久保存。' },
  { value: 'mass_incident', hint: '处置群体性事件（004 第十二条(十)），音像记录永久保存。' },
  { value: 'special_operation', hint: '开展综合行政执法专项行动（004 第十二条(十一)）。' },
  { value: 'other', hint: '需要进行音像记录的其他非案件事项（004 第十二条(十二)）。' },
];

export const INCIDENT_KIND_COLORS: Readonly<Record<IncidentKind, string>> = {
  major_emergency: 'red',
  mass_incident: 'volcano',
  special_operation: 'geekblue',
  other: 'default',
};
