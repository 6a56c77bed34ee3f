import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parsePlainDate } from '../calendar/plain-date.ts';
import { approvalChainFor } from '../approvals/approval-chain.ts';
import { ACT_TYPES } from '../enforcement/vocabulary.ts';
import { fieldBinds, recordTypeSpec } from '../records/catalogue/index.ts';
import type { RecordTypeId } from '../records/record-type-ids.ts';
import { retentionOf } from '../retention/retention-of.ts';
import { archivedLate } from '../rules/archived-late.ts';
import { avEvidenceNoteMissingRule } from '../rules/av-evidence-note-missing.ts';
import { avStoredLateRule } from '../rules/av-stored-late.ts';
import { emergencyLaunchUnapproved } from '../rules/emergency-launch-unapproved.ts';
import { executionWithoutDemandNotice } from '../rules/execution-without-demand-notice.ts';
import { mandatoryAvMissingRule } from '../rules/mandatory-av-missing.ts';
import { methodOutsideProfile } from '../rules/method-outside-profile.ts';
import type { Rule } from '../rules/rule.ts';
import { aCase, aContext, anAvRecord, aRecord } from '../rules/test-support/rule-fixture.ts';
import { transcriptUnsigned } from '../rules/transcript-unsigned.ts';
import {
  importedFileFindings,
  placementDeadline,
} from '../station-import/imported-file-findings.ts';
import { BUILTIN_PROFILES } from './builtin-profiles.ts';
import { actTypeOutsideProfile } from './profile-choices.ts';
import { PROFILE_KEY_USES, uncheckedDuties, type ProfileKeyPath } from './profile-key-uses.ts';
import { policyProfileSchema, type PolicyProfile } from './profile-schema.ts';

/** Every key path of the schema: top-level keys, and the keys of the groups. */
function schemaPaths(): string[] {
  const paths: string[] = [];
  for (const [key, value] of Object.entries(policyProfileSchema.shape)) {
    paths.push(key);
    if (PROFILE_KEY_USES[key as ProfileKeyPath]?.kind !== 'group') continue;
    const inner = value instanceof z.ZodOptional ? value.unwrap() : value;
    if (!(inner instanceof z.ZodObject)) throw new Error(`${key} is not a group of keys`);
    for (const child of Object.keys(inner.shape)) paths.push(`${key}.${child}`);
  }
  return paths;
}

function valueAt(profile: PolicyProfile, path: string): unknown {
  const [head, child] = path.split('.') as [keyof PolicyProfile, string | undefined];
  const value = profile[head];
  return child === undefined ? value : (value as Record<string, unknown> | undefined)?.[child];
}

function withValue(profile: PolicyProfile, path: string, value: unknown): PolicyProfile {
  const [head, child] = path.split('.') as [keyof PolicyProfile, string | undefined];
  if (child === undefined) return { ...profile, [head]: value };
  const parent = { ...(profile[head] as Record<string, unknown> | undefined), [child]: value };
  return { ...profile, [head]: parent };
}

/** Which fields of a record type the agency must fill (refused when empty, else advice). */
const recordInputBinding = (p: PolicyProfile, type: RecordTypeId) =>
  recordTypeSpec(type).fields.map((field) => [field.key, fieldBinds(field, p)]);

const run = (rule: Rule, parts: Parameters<typeof aContext>[0]) => rule.check(aContext(parts));
const AT = '2025-03-03T10:00:00+08:00';

interface Probe {
  /** The profile the key is added to; the probe runs with and without the key. */
  readonly base?: (profile: PolicyProfile) => Partial<PolicyProfile>;
  /** The value to add, when the built-in one would not show a difference (a full list). */
  readonly value?: unknown;
  /** What the software does under `profile`, as data to compare. */
  readonly observe: (profile: PolicyProfile) => unknown;
}

/**
 * For each key software reads: a situation in which the key decides something. The test
 * runs each observation on a profile with the key and on the same profile without it.
 */
const PROBES: Readonly<Record<string, Probe>> = {
  actTypes: {
    value: [{ value: '行政处罚', citation: { seed: '003', article: '第二条' } }],
    observe: (p) => ACT_TYPES.map((type) => actTypeOutsideProfile(p, type) ?? null),
  },
  avStorageDeadline: {
    observe: (p) =>
      run(avStoredLateRule, {
        profile: p,
        avRecords: [anAvRecord({ storedAt: '2025-03-25T09:00:00+08:00' })],
        now: '2025-04-01T09:00:00+08:00',
      }),
  },
  avStorageAfterReturnDeadline: {
    base: (p) => ({ avStorageDeadline: p.avStorageDeadline }),
    observe: (p) =>
      placementDeadline(p, {
        capturedUntil: '2025-03-03T10:00:00+08:00',
        importedAt: '2025-03-12T10:00:00+08:00',
        awayReason: 'remote_area',
      }),
  },
  archivingDeadline: {
    observe: (p) =>
      run(archivedLate, {
        profile: p,
        events: [
          { type: 'concluded', at: '2025-03-03T10:00:00+08:00' },
          { type: 'archived', at: '2025-06-03T10:00:00+08:00' },
        ],
        now: '2025-06-10T10:00:00+08:00',
      }),
  },
  emergencyLaunchApprovalDeadline: {
    observe: (p) =>
      run(emergencyLaunchUnapproved, {
        profile: p,
        events: [{ type: 'launched', at: AT, emergency: true }],
        now: '2025-03-10T10:00:00+08:00',
      }),
  },
  avRetentionMinimum: {
    observe: (p) =>
      retentionOf(
        {
          kind: 'av',
          recordedOn: parsePlainDate('2025-03-03'),
          categories: [],
          caseFile: { status: 'none' },
        },
        p,
      ),
  },
  permanentRetentionCategories: {
    base: (p) => ({ avRetentionMinimum: p.avRetentionMinimum }),
    observe: (p) =>
      retentionOf(
        {
          kind: 'av',
          recordedOn: parsePlainDate('2025-03-03'),
          categories: ['obstruction', 'major_incident', 'case_evidence', 'penalty_evidence'],
          caseFile: { status: 'none' },
        },
        p,
      ),
  },
  avStorageLabels: {
    base: (p) => ({ avStorageDeadline: p.avStorageDeadline }),
    observe: (p) =>
      importedFileFindings(
        p,
        {
          id: 'file-1',
          fileName: 'DSC0001.MP4',
          deviceSerial: 'CAM-1',
          capturedUntil: AT,
          importedAt: AT,
          placement: { kind: 'unassigned' },
        },
        '2025-04-01T10:00:00+08:00',
      ),
  },
  evidenceAvNoteFields: {
    observe: (p) =>
      run(avEvidenceNoteMissingRule, {
        profile: p,
        avRecords: [anAvRecord({ usedAsEvidence: true })],
      }),
  },
  archiveRecordFields: {
    value: [{ value: '类别', citation: { seed: '001', article: '第五条' } }],
    observe: (p) => recordInputBinding(p, 'archive_record'),
  },
  mandatoryAvActs: {
    observe: (p) =>
      run(mandatoryAvMissingRule, {
        profile: p,
        enforcementCase: aCase({ procedure: 'simplified' }),
        records: [aRecord('coercive_measure_decision'), aRecord('on_site_inspection_transcript')],
      }),
  },
  simplifiedProcedureRecordItems: {
    value: [{ value: '当事人陈述、申辩的记录', citation: { seed: '002', article: '第六条' } }],
    observe: (p) => recordInputBinding(p, 'simplified_procedure_record'),
  },
  serviceMethods: {
    observe: (p) =>
      run(methodOutsideProfile, {
        profile: p,
        records: [aRecord('proof_of_service', { fields: { method: 'electronic' } })],
      }),
  },
  compulsoryExecutionMethods: {
    observe: (p) =>
      run(methodOutsideProfile, {
        profile: p,
        records: [aRecord('compulsory_execution_record', { fields: { method: 'demolition' } })],
      }),
  },
  'approvalChain.launch': {
    observe: (p) => approvalChainFor('launch', aCase(), p),
  },
  'approvalChain.decision': {
    observe: (p) => approvalChainFor('decision', aCase({ majorDecision: true }), p),
  },
  'requirements.evidenceAvOnDiscWithNote': {
    observe: (p) =>
      run(avEvidenceNoteMissingRule, {
        profile: p,
        avRecords: [anAvRecord({ usedAsEvidence: true })],
      }),
  },
  'requirements.simplifiedProcedureFullAv': {
    observe: (p) =>
      run(mandatoryAvMissingRule, {
        profile: p,
        enforcementCase: aCase({ procedure: 'simplified' }),
      }),
  },
  'requirements.deviceCheckBeforeUse': {
    observe: (p) =>
      importedFileFindings(
        p,
        {
          id: 'file-1',
          fileName: 'DSC0001.MP4',
          deviceSerial: 'CAM-1',
          importedAt: AT,
          placement: { kind: 'case' },
          clock: { cameraClockAt: '2025-03-03T10:05:00+08:00', stationClockAt: AT },
        },
        AT,
      ),
  },
  'requirements.refusalToSignNoteAndAv': {
    observe: (p) =>
      run(transcriptUnsigned, {
        profile: p,
        records: [
          aRecord('inquiry_transcript', {
            signature: { kind: 'refused', note: '当事人拒绝签字', at: AT },
          }),
        ],
      }),
  },
  'requirements.demandNoticeBeforeExecution': {
    observe: (p) =>
      run(executionWithoutDemandNotice, {
        profile: p,
        records: [aRecord('compulsory_execution_record', { fields: { method: 'auction' } })],
      }),
  },
};

const USES = Object.entries(PROFILE_KEY_USES) as [
  ProfileKeyPath,
  (typeof PROFILE_KEY_USES)[ProfileKeyPath],
][];
const checkedPaths = USES.filter(([, use]) => use.kind === 'checked').map(([path]) => path);

/** The first built-in profile that holds the key: where its value comes from. */
function holder(path: string): PolicyProfile {
  const found = BUILTIN_PROFILES.find((profile) => valueAt(profile, path) !== undefined);
  if (found === undefined) throw new Error(`no built-in profile holds ${path}`);
  return found;
}

describe('every profile key', () => {
  it('is accounted for: the schema and PROFILE_KEY_USES name the same keys', () => {
    expect(Object.keys(PROFILE_KEY_USES).sort().join(' ')).toEqual(schemaPaths().sort().join(' '));
  });

  it('that software reads has a probe, and only those', () => {
    expect(Object.keys(PROBES).sort()).toEqual([...checkedPaths].sort());
  });

  it.each(checkedPaths)('%s changes what the software does when removed', (path) => {
    const probe = PROBES[path]!;
    const source = holder(path);
    const minimal: PolicyProfile = {
      id: 'probe',
      name: '探测用配置',
      issuer: '测试',
      ...(source.seed === undefined ? {} : { seed: source.seed }),
      ...probe.base?.(source),
    };
    const withKey = withValue(minimal, path, probe.value ?? valueAt(source, path));
    expect(policyProfileSchema.safeParse(withKey).success).toBe(true);
    const observed = JSON.stringify(probe.observe(withKey));
    expect(observed).not.toEqual(JSON.stringify(probe.observe(minimal)));
  });

  it('that software cannot check is listed for the agency with its value and article', () => {
    for (const profile of BUILTIN_PROFILES) {
      const duties = uncheckedDuties(profile);
      for (const [path, use] of USES) {
        if (use.kind !== 'shown' || valueAt(profile, path) === undefined) continue;
        const duty = duties.find((d) => d.path === path);
        expect(duty, `${profile.id} ${path}`).toBeDefined();
        expect(duty!.citations.length).toBeGreaterThan(0);
        expect(duty!.why.length).toBeGreaterThan(10);
      }
      expect(duties.every((d) => valueAt(profile, d.path) !== undefined)).toBe(true);
    }
  });

  it('lists an access approval by requester and approver', () => {
    const withApproval = BUILTIN_PROFILES.find((p) => p.accessApproval !== undefined)!;
    const duty = uncheckedDuties(withApproval).find((d) => d.path === 'accessApproval');
    expect(duty?.items[0]).toMatch(/^(本机关人员超权限调阅|其他机关调阅|当事人查阅)：经.+批准$/);
  });
});
