import type { Stage } from '../../enforcement/vocabulary.ts';
import type { LawCitation } from '../../profiles/national-law.ts';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';
import type { RecordTypeId } from '../record-type-ids.ts';

/**
 * How a field's value is stored in `CaseRecord.fields` and when it counts as present:
 * - `text`: a non-blank string;
 * - `instant`: an ISO 8601 instant with offset (../../enforcement/instant.ts);
 * - `date`: a `YYYY-MM-DD` date that exists;
 * - `people`: one name, or a list of names with at least one non-blank;
 * - `list`: a list with at least one non-blank entry;
 * - `boolean`: true or false (either is an answer);
 * - `choice`: one of `choices`; any other value is as good as none, because a rule that
 *   branches on it (the service method, say) cannot act on a value it does not know.
 */
export type FieldKind = 'text' | 'instant' | 'date' | 'people' | 'list' | 'boolean' | 'choice';

/**
 * When a field that is not always required becomes required. Data, not code, so the user
 * interface can show the same condition next to the field.
 */
export type FieldCondition =
  /** The case is a 重大行政执法决定 (`EnforcementCase.majorDecision`). */
  | { readonly kind: 'major_decision' }
  /** The complainant gave their real name (`EnforcementCase.complainantRealName`). */
  | { readonly kind: 'complainant_real_name' }
  /** Another field of the same record holds one of `values` (e.g. the service method). */
  | { readonly kind: 'field_in'; readonly field: string; readonly values: readonly string[] }
  /** Another field of the same record is blank or absent. */
  | { readonly kind: 'field_absent'; readonly field: string }
  | { readonly kind: 'all'; readonly conditions: readonly FieldCondition[] };

/**
 * One item of a record type's content.
 *
 * Which fields are required is the same under every profile: the catalogue is the union
 * of what the five seeds say a document of that type states, and a document lacking one
 * of those items is defective whichever regulation the agency follows (a 询问笔录 without
 * the time of the inquiry is no less defective in 平罗 than in 冠县). Profiles differ in
 * numbers and lists, which other rules read from the profile; the only exception here is
 * the evidence note for AV, whose required items are a profile list
 * (`evidenceAvNoteFields`), so its fields are all `required: false` and another rule checks
 * them against the profile.
 *
 * A field is required when `required` is true, or when `requiredWhen` holds; fields with a
 * condition have `required: false`, so reading `required` alone never overstates a duty.
 */
export interface FieldSpec {
  /** camelCase English, stable: it is the key in `CaseRecord.fields` and in the database. */
  readonly key: string;
  /** 中文, as the seeds word it. */
  readonly label: string;
  readonly kind: FieldKind;
  /** For `choice`: the allowed values (vocabulary ids where one exists, else the seeds' words). */
  readonly choices?: readonly string[];
  /** Every seed article that names this field. */
  readonly citations: readonly ProfileCitation[];
  /** Articles of national law that ask for this field (it may have no seed article). */
  readonly lawCitations?: readonly LawCitation[];
  readonly required: boolean;
  readonly requiredWhen?: FieldCondition;
  /**
   * A field the profile lists by name (002 第六条(二)'s seven items, 001 第五条's archive
   * record): which list, and the item label that names it. Where the agency's profile has
   * that list, the field binds exactly when the list names it (./profile-listed.ts).
   */
  readonly listedBy?: ProfileFieldListing;
}

/** The profile lists that name the fields of a record type. */
export type ProfileFieldList = 'simplifiedProcedureRecordItems' | 'archiveRecordFields';
export interface ProfileFieldListing {
  readonly list: ProfileFieldList;
  readonly item: string;
}

export type PartySignature = 'required' | 'not_required';

export interface RecordTypeSpec {
  readonly id: RecordTypeId;
  /** 中文 document name, e.g. 询问（调查）笔录. */
  readonly label: string;
  readonly stage: Stage;
  readonly fields: readonly FieldSpec[];
  /** Directly affects the party's rights/duties → party signature or refusal note required. */
  readonly partySignature: PartySignature;
  /** Every seed article that names this kind of document. */
  readonly citations: readonly ProfileCitation[];
  /**
   * Articles of national law that call for this document. A document only national law
   * names (a 先行登记保存 handling decision, say) has no seed citations, only these.
   */
  readonly lawCitations?: readonly LawCitation[];
}

/** A record a stage needs for a case, with why and under which articles. */
export interface RequiredRecord {
  readonly type: RecordTypeId;
  /** Under the profile: its seed's articles (or every seed's, when its own is silent) and the law's. */
  readonly citations: (ProfileCitation | LawCitation)[];
  /** 中文: the duty, as a clerk reads it next to the missing document. */
  readonly reason: string;
}
