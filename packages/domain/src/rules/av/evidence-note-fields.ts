import { isInstant } from '../../enforcement/instant.ts';

export type EvidenceNoteFieldKey =
  | 'maker'
  | 'makingMethod'
  | 'madeAt'
  | 'extractor'
  | 'extractedAt'
  | 'extractedPlace'
  | 'proves'
  | 'recordingContent';

interface EvidenceNoteField {
  readonly key: EvidenceNoteFieldKey;
  readonly kind: 'text' | 'people' | 'instant';
}

/**
 * The field names the seeds give the evidence note (001 第七条, 002 第八条(五), 003 第三十三条,
 * 004 第二十一条), and the key and kind each has in an `av_evidence_note` record, as the record
 * catalogue (../../records/catalogue/) defines them.
 */
export const EVIDENCE_NOTE_FIELDS: Readonly<Record<string, EvidenceNoteField>> = {
  制作人: { key: 'maker', kind: 'people' },
  制作方法: { key: 'makingMethod', kind: 'text' },
  制作时间: { key: 'madeAt', kind: 'instant' },
  提取人: { key: 'extractor', kind: 'people' },
  提取时间: { key: 'extractedAt', kind: 'instant' },
  提取地点: { key: 'extractedPlace', kind: 'text' },
  证明对象: { key: 'proves', kind: 'text' },
  // 001 第十条: the note filed with every AV of the act.
  录音内容: { key: 'recordingContent', kind: 'text' },
};

const nonBlank = (value: unknown) => typeof value === 'string' && value.trim() !== '';

/**
 * Presence as the catalogue's `isFieldPresent` judges it (one name, or a list with at least
 * one entry; a time is an instant), repeated here until the catalogue is exported.
 */
function isPresent(kind: EvidenceNoteField['kind'], value: unknown): boolean {
  switch (kind) {
    case 'text':
      return nonBlank(value);
    case 'people':
      return (
        nonBlank(value) ||
        (Array.isArray(value) &&
          value.some((entry) => nonBlank(entry) || (typeof entry === 'object' && entry !== null)))
      );
    case 'instant':
      return isInstant(value);
  }
}

/** The standard field a profile's label names, if it names one. */
export function evidenceNoteFieldOf(label: string): EvidenceNoteField | undefined {
  const name = label.trim();
  return Object.hasOwn(EVIDENCE_NOTE_FIELDS, name) ? EVIDENCE_NOTE_FIELDS[name] : undefined;
}

/**
 * Whether the note states what `label` names. A label an edited profile adds that has no
 * standard key (e.g. 现场情况) is looked for under the label itself, so a clerk
 * told about it can still make the note good rather than face a finding nothing clears.
 */
export function noteStates(fields: Readonly<Record<string, unknown>>, label: string): boolean {
  const field = evidenceNoteFieldOf(label);
  return field === undefined
    ? nonBlank(fields[label.trim()])
    : isPresent(field.kind, fields[field.key]);
}
