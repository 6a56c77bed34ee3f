import type { PolicyProfile, ProfileCitation } from '../profiles/profile-schema.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import { AV_FILE_NAME_BASIS } from '../av/av-file-name.ts';
import { RECORD_CATALOGUE } from '../records/catalogue/index.ts';
import { SEED_RETENTION_PROVISIONS } from '../retention/seed-provisions.ts';
import { ALL_RULES } from '../rules/all-rules.ts';
import { isLawCitation } from '../rules/finding.ts';

/** A citation of a seed article and the code that makes it, for error messages. */
export interface SourcedCitation {
  /** e.g. "seed-003 mandatoryAvActs" or "rule av-stored-late". */
  readonly source: string;
  readonly citation: ProfileCitation;
}

/** A profile's citations with the key holding each ("avStorageDeadline", "publication.exclusions"). */
export function profileCitations(
  profile: PolicyProfile,
): { key: string; citation: ProfileCitation }[] {
  const found: { key: string; citation: ProfileCitation }[] = [];
  const walk = (node: unknown, path: readonly string[]): void => {
    if (Array.isArray(node)) {
      // List entries are cited one by one; they all belong to the list's key.
      for (const item of node) walk(item, path);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record.article === 'string' && typeof record.seed === 'string') {
      const owner = path.at(-1) === 'citation' ? path.slice(0, -1) : path;
      found.push({ key: owner.join('.'), citation: record as ProfileCitation });
      return;
    }
    for (const [key, child] of Object.entries(record)) walk(child, [...path, key]);
  };
  walk(profile, []);
  return found;
}

/**
 * Every citation of a seed article the code makes: the built-in profiles, the rules, the
 * record catalogue, retention and AV naming (national-law citations are left out: there is
 * no statute text to check them against). A new source of citations belongs here, so that
 * coverage.test.ts checks it too.
 */
export function collectSeedCitations(): SourcedCitation[] {
  return [
    ...BUILTIN_PROFILES.flatMap((profile) =>
      profileCitations(profile).map(({ key, citation }) => ({
        source: `${profile.id} ${key}`,
        citation,
      })),
    ),
    ...ALL_RULES.flatMap((rule) =>
      rule.citations
        .filter((citation) => !isLawCitation(citation))
        .map((citation) => ({ source: `rule ${rule.id}`, citation: citation as ProfileCitation })),
    ),
    ...RECORD_CATALOGUE.flatMap((spec) => [
      ...spec.citations.map((citation) => ({ source: `record type ${spec.id}`, citation })),
      ...spec.fields.flatMap((field) =>
        field.citations.map((citation) => ({
          source: `record type ${spec.id} field ${field.key}`,
          citation,
        })),
      ),
    ]),
    ...Object.entries(SEED_RETENTION_PROVISIONS).flatMap(([seed, provisions]) =>
      [
        provisions.caseFile,
        ...(provisions.avFollowsCaseFile?.citations ?? []),
        ...(provisions.avLeftToAgency === undefined ? [] : [provisions.avLeftToAgency]),
      ].map((citation) => ({ source: `retention ${seed}`, citation })),
    ),
    { source: 'AV file name', citation: AV_FILE_NAME_BASIS },
  ];
}
