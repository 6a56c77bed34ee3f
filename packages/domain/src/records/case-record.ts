import type { Instant } from '../enforcement/instant.ts';
import type { AvSituation } from './av-situation.ts';
import type { RecordTypeId } from './record-type-ids.ts';

/**
 * The party's (or another person's) confirmation of a record: signed or sealed, or a
 * refusal with the officers' note of what happened (003 第十六条, 004 第七条) and, where
 * the profile demands it, the AV of the refusal.
 */
export type SignatureBlock =
  | {
      readonly kind: 'signed';
      readonly signers: readonly string[];
      readonly at: Instant;
    }
  | {
      readonly kind: 'refused';
      /** What the officers wrote about the refusal; must not be blank. */
      readonly note: string;
      readonly at: Instant;
      /** The AV record of the refusal, when one was made. */
      readonly avRecordId?: string;
    };

/**
 * A text record (文字记录) of a catalogued type. `fields` holds the type's structured
 * content keyed as the catalogue names them; the catalogue decides what must be there.
 */
export interface CaseRecord {
  readonly id: string;
  readonly type: RecordTypeId;
  readonly createdAt: Instant;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly signature?: SignatureBlock;
  /** Situations the officer marked beyond those the type implies (e.g. non-cooperation). */
  readonly situations?: readonly AvSituation[];
}
