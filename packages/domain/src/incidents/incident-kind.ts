import type { ProfileCitation } from '../profiles/profile-schema.ts';
import { SEED_004_RECORDING } from '../profiles/seed-004.ts';
import type { AvSituation } from '../records/av-situation.ts';
import type { RetentionCategory } from '../retention/retention-category.ts';

/**
 * 事件: what a recording is of when it is of no case. 004《行政执法全过程记录制度》第十二条
 * requires AV of 处置重大突发事件、群体性事件 (十) and of 综合行政执法专项行动 (十一), neither of
 * which is a case; 第十八条 has such a recording labelled with the 事件名称 instead of a 案号.
 * `other` is any other such subject (第十二条(十二) 需要进行音像记录的其他情形).
 */
export const INCIDENT_KINDS = [
  'major_emergency',
  'mass_incident',
  'special_operation',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_KIND_LABELS: Readonly<Record<IncidentKind, string>> = {
  major_emergency: '重大突发事件',
  mass_incident: '群体性事件',
  special_operation: '专项行动',
  other: '其他事件',
};

/** 记录内容 in the recording's standard name (004 音像记录事项清单). */
export const INCIDENT_KIND_CONTENT: Readonly<Record<IncidentKind, string>> = {
  major_emergency: '处置突发事件',
  mass_incident: '处置群体性事件',
  special_operation: '专项行动',
  other: '事件记录',
};

const recording = (article: string): ProfileCitation => ({
  seed: '004',
  document: SEED_004_RECORDING,
  article,
});

/** Where each kind is named: 004 第十二条(十)(十一); `other` under its (十二). */
export const INCIDENT_KIND_CITATION: ProfileCitation = recording('第十二条');

/** 标明案号（或事件名称）: the recording of an incident is labelled with the incident's name. */
export const INCIDENT_NAME_CITATION: ProfileCitation = recording('第十八条');

/** The AV situation a recording of the kind is in (004 第十二条), if any. */
export function incidentSituation(kind: IncidentKind): AvSituation | undefined {
  switch (kind) {
    case 'major_emergency':
    case 'mass_incident':
      return 'major_incident';
    case 'special_operation':
      return 'special_operation';
    case 'other':
      return undefined;
  }
}

/**
 * The retention facts a recording of the kind carries: 处置重大突发事件、群体性事件的
 * (002 第八条(四)3, 003 第三十二条(三), 004 第二十条(三)). Whether that makes it permanent is
 * the profile's list that says; a special operation is in no list of its own.
 */
export function incidentRetentionCategories(kind: IncidentKind): RetentionCategory[] {
  return incidentSituation(kind) === 'major_incident' ? ['major_incident'] : [];
}
