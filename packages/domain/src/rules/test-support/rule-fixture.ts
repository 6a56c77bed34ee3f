import type { CaseEvent } from '../../enforcement/case-event.ts';
import type { EnforcementCase } from '../../enforcement/enforcement-case.ts';
import type { PolicyProfile } from '../../profiles/profile-schema.ts';
import { seed000Profile } from '../../profiles/seed-000.ts';
import { seed001Profile } from '../../profiles/seed-001.ts';
import { seed002Profile } from '../../profiles/seed-002.ts';
import { seed003Profile } from '../../profiles/seed-003.ts';
import { seed004Profile } from '../../profiles/seed-004.ts';
import type { AvRecord } from '../../records/av-record.ts';
import type { CaseRecord } from '../../records/case-record.ts';
import type { RuleContext } from '../rule.ts';

/**
 * Builders for rule tests: a plausible ordinary-procedure penalty case with two officers,
 * to which each test adds exactly the records and events it is about.
 */
export function aCase(overrides: Partial<EnforcementCase> = {}): EnforcementCase {
  return {
    id: 'case-1',
    name: '某某公司未按规定登记案',
    caseNumber: '常综执罚〔2025〕12号',
    actType: 'penalty',
    procedure: 'ordinary',
    launchMode: 'ex_officio',
    stage: 'investigation',
    majorDecision: false,
    parties: [],
    officers: [
      { userId: 'u-1', name: '张三', certificateNumber: 'ZJ-330100-001', role: 'handler' },
      { userId: 'u-2', name: '李四', certificateNumber: 'ZJ-330100-002', role: 'assisting' },
    ],
    ...overrides,
  };
}

let recordSequence = 0;

export function aRecord(
  type: CaseRecord['type'],
  overrides: Partial<Omit<CaseRecord, 'type'>> = {},
): CaseRecord {
  recordSequence += 1;
  return {
    id: `record-${recordSequence}`,
    type,
    createdAt: '2025-03-03T10:00:00+08:00',
    fields: {},
    ...overrides,
  };
}

let avSequence = 0;

export function anAvRecord(overrides: Partial<AvRecord> = {}): AvRecord {
  avSequence += 1;
  return {
    id: `av-${avSequence}`,
    kind: 'video',
    situations: [],
    recordingStartedAt: '2025-03-03T09:00:00+08:00',
    recordingEndedAt: '2025-03-03T10:00:00+08:00',
    storedAt: '2025-03-03T15:00:00+08:00',
    interruptions: [],
    usedAsEvidence: false,
    ...overrides,
  };
}

export interface ContextParts {
  readonly enforcementCase?: EnforcementCase;
  readonly records?: readonly CaseRecord[];
  readonly avRecords?: readonly AvRecord[];
  readonly events?: readonly CaseEvent[];
  readonly profile?: PolicyProfile;
  readonly now?: string;
}

export function aContext(parts: ContextParts = {}): RuleContext {
  return {
    enforcementCase: parts.enforcementCase ?? aCase(),
    records: parts.records ?? [],
    avRecords: parts.avRecords ?? [],
    events: parts.events ?? [],
    profile: parts.profile ?? seed003Profile,
    now: parts.now ?? '2025-03-10T09:00:00+08:00',
  };
}

/** The built-in profiles by seed, for tests that run one case under each. */
export const PROFILES = {
  '000': seed000Profile,
  '001': seed001Profile,
  '002': seed002Profile,
  '003': seed003Profile,
  '004': seed004Profile,
} as const;
