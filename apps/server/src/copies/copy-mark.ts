import { formatShanghai } from '@liuhen/domain';

/**
 * Who a copy of evidence was handed to, on what authority and when (issue 7). Every marked
 * copy carries this visibly (images, PDFs) or as metadata (video, audio), so a copy found
 * outside the agency can be traced back to the download that made it.
 */
export interface CopyMark {
  /** A fresh UUID per download; also the copy's file name. */
  readonly copyId: string;
  readonly requesterName: string;
  readonly requesterUsername: string;
  /** The access grant the download was made under; null = the person's own permission. */
  readonly grant: { readonly id: string } | null;
  readonly issuedAt: Date;
  readonly agencyName: string;
  /**
   * A copy made for a party (当事人复制, 001 第十二条) rather than for the requester's own
   * use: it is marked 复制件 and names the party it is handed to; the requester is the
   * clerk who hands it over.
   */
  readonly forParty?: { readonly name: string };
}

/** The word that says what the file is, on the band and across the page. */
export function markLabel(mark: CopyMark): string {
  return mark.forParty === undefined ? '留痕副本' : '复制件';
}

export interface MarkText {
  /** For people: what a clerk reads on the page. */
  readonly chinese: string;
  /** Latin-only fallback: for media metadata and images when no CJK font is installed. */
  readonly ascii: string;
}

/** Between the parts of a mark; lines of a stamp break only here. */
export const MARK_SEPARATOR = ' · ';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isCopyId(value: string): boolean {
  return UUID.test(value);
}

/** Eight characters identify a grant or copy to a person; the full id is in the access log. */
function short(id: string): string {
  return id.slice(0, 8);
}

/**
 * A name typed into a form could hold line breaks or control characters; on a one-line
 * stamp they would split or hide the mark.
 */
function oneLine(value: string): string {
  return value
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markText(mark: CopyMark): MarkText {
  const time = formatShanghai(mark.issuedAt.toISOString());
  const username = oneLine(mark.requesterUsername);
  const copy = short(mark.copyId);
  const who = `${oneLine(mark.requesterName)}（${username}）`;
  const chinese = [
    mark.forParty === undefined
      ? `留痕副本 仅供${who}使用`
      : `复制件 交当事人${oneLine(mark.forParty.name)} 经办人${who}`,
    mark.grant === null ? '本人权限' : `授权 ${short(oneLine(mark.grant.id))}`,
    `${time} 北京时间`,
    `副本 ${copy}`,
    oneLine(mark.agencyName),
  ]
    .filter((part) => part !== '')
    .join(MARK_SEPARATOR);
  const ascii = [
    mark.forParty === undefined
      ? `LIUHEN COPY for ${username}`
      : `LIUHEN PARTY COPY by ${username}`,
    mark.grant === null ? 'own permission' : `grant ${short(oneLine(mark.grant.id))}`,
    `${time} +08:00`,
    `copy ${copy}`,
  ].join(MARK_SEPARATOR);
  return { chinese, ascii };
}
