import type { RecordTypeId } from '../records/record-type-ids.ts';

/**
 * A document as a party will read it, before any file format: what the PDF renderer
 * (apps/server/src/documents/pdf/) and the DOCX renderer (…/docx/) both draw, so the
 * printed 决定书 and the editable draft cannot say different things. Composed from the
 * record, the case facts and the agency's template by `composeDocument`; the renderers add
 * nothing but typography (GB/T 9704-like: 发文机关标志 in red, 文号, 标题, 正文, 落款, page
 * numbers "第 N 页 共 M 页").
 */
export interface DocumentLayout {
  /** The record type this document is made from (its kind). */
  readonly kind: RecordTypeId;
  /** 发文机关标志: the issuing agency's full name, printed in red above the title. */
  readonly masthead: string;
  /** 标题, e.g. 行政处罚决定书. */
  readonly title: string;
  /** 文号, e.g. 常综执罚决字〔2026〕第3号; null on a draft (assigned only when issued). */
  readonly number: string | null;
  readonly blocks: readonly LayoutBlock[];
  /** 落款: the agency's name and the date, with the seal's place over them. */
  readonly closing: DocumentClosing | null;
  /** A draft is marked 草稿 on every page and carries no verification code. */
  readonly draft: boolean;
  /** On issued documents: printed with a QR code on every page. */
  readonly verification: DocumentVerificationMark | null;
}

export interface DocumentClosing {
  readonly agencyName: string;
  /** In Chinese numerals as documents write it: 二〇二六年十二月七日. */
  readonly date: string;
  /** Where the agency's seal goes (印章位置): drawn as a place-holder ring on drafts. */
  readonly sealed: boolean;
}

export interface DocumentVerificationMark {
  /** The public verification page of this document (absolute URL), encoded in the QR. */
  readonly url: string;
  /** Short code printed under the QR so a reader can type it in. */
  readonly code: string;
}

export type LayoutBlock =
  /** Body text; `indent` is the two-character first-line indent of 正文. */
  | {
      readonly type: 'paragraph';
      readonly text: string;
      readonly indent?: boolean;
      readonly align?: 'left' | 'center' | 'right';
    }
  /** A section heading inside the body (一、违法事实 …), set in 黑体. */
  | { readonly type: 'heading'; readonly text: string }
  /** A form's labelled items (笔录 header: 时间、地点、询问人 …), drawn as a two-column table. */
  | { readonly type: 'fields'; readonly rows: readonly LayoutField[] }
  /** A list with columns (查封扣押清单, 证据清单). */
  | {
      readonly type: 'table';
      readonly columns: readonly string[];
      readonly rows: readonly (readonly string[])[];
    }
  /** Question-and-answer lines of a transcript (问：… 答：…). */
  | { readonly type: 'dialogue'; readonly turns: readonly DialogueTurn[] }
  /** Signature lines (当事人、执法人员、见证人 …), with the captured image where there is one. */
  | { readonly type: 'signatures'; readonly lines: readonly SignatureLine[] };

export interface LayoutField {
  readonly label: string;
  readonly value: string;
}

export interface DialogueTurn {
  readonly speaker: '问' | '答';
  readonly text: string;
}

export interface SignatureLine {
  /** 当事人（签名）, 执法人员, 见证人, 送达人, 受送达人 … */
  readonly role: string;
  /** The name as typed, when the person signed or was named. */
  readonly name: string | null;
  /** When signed, as documents write it (2026年12月7日). */
  readonly date: string | null;
  /** The signature as captured on screen or scanned: PNG bytes. */
  readonly imagePng: Uint8Array | null;
  /** 拒绝签字: the officers' note of the refusal (003 第十六条), printed in the line's place. */
  readonly refusal: string | null;
}
