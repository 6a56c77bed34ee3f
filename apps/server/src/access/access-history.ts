import { EVENT_CATALOGUE, isEventAction } from '@liuhen/domain';
import type { LedgerEntryText } from './access-history.repository.ts';

/** What a case's access history lists: every look at it and every grant to look further. */
export const ACCESS_HISTORY_ACTIONS = [
  'case.viewed',
  'case.record_viewed',
  'av_record.accessed',
  'case.record_attachment_accessed',
  'imported_file.accessed',
  'access.requested',
  'access.decided',
  'access.revoked',
] as const;

export interface AccessHistoryItem {
  readonly logId: string;
  readonly seq: number;
  readonly at: string;
  readonly action: string;
  readonly label: string;
  /** displayName: the person's name now (filled in by the service; the entry has the username). */
  readonly actor: {
    readonly id: string | null;
    readonly username: string;
    readonly displayName: string;
  };
  readonly target: string | null;
  readonly purpose: string | null;
  readonly reason: string | null;
  readonly grantId: string | null;
  /** The marked copy a download handed out: the id printed on it leads back here. */
  readonly copyId: string | null;
}

interface EntryBody {
  readonly actor?: { readonly id?: string; readonly username?: string };
  readonly data?: {
    readonly purpose?: string;
    readonly reason?: string;
    readonly grantId?: string | null;
    readonly requestId?: string;
    readonly caseId?: string | null;
    readonly copy?: { readonly copyId?: string };
  };
}

/**
 * Whether an entry about this case's material belongs to its history: a docked file may have
 * been on another case, or in the inbox, when it was read; only reads on this case count.
 */
export function readOnCase(entry: LedgerEntryText, caseId: string): boolean {
  if (entry.action !== 'imported_file.accessed') return true;
  const body = JSON.parse(entry.body) as EntryBody;
  return body.data?.caseId === caseId;
}

/** One ledger entry as a line of the history (the entry itself stays the proof). */
export function accessHistoryItem(entry: LedgerEntryText): AccessHistoryItem {
  const body = JSON.parse(entry.body) as EntryBody;
  const data = body.data ?? {};
  return {
    logId: entry.logId,
    seq: entry.seq,
    at: entry.recordedAt.toISOString(),
    action: entry.action,
    label: isEventAction(entry.action) ? EVENT_CATALOGUE[entry.action].label : entry.action,
    actor: { id: body.actor?.id ?? null, username: body.actor?.username ?? '', displayName: '' },
    target: entry.target,
    purpose: data.purpose ?? null,
    reason: data.reason ?? null,
    // An access event names the grant it went through; a request's events are the grant.
    grantId: data.grantId ?? data.requestId ?? null,
    copyId: data.copy?.copyId ?? null,
  };
}

export const PURPOSE_LABELS: Readonly<Record<string, string>> = { view: '查看', download: '下载' };

function cell(value: string): string {
  // A cell a spreadsheet would run as a formula is shown as text instead.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** 北京时间 as a clerk reads it. */
export function chinaTime(iso: string): string {
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 19)}`;
}

/** The history as CSV for Excel and WPS: UTF-8 with a byte-order mark, CRLF lines. */
export function accessHistoryCsv(items: readonly AccessHistoryItem[]): string {
  const header = [
    '时间（北京时间）',
    '事项',
    '人员',
    '姓名',
    '对象',
    '用途',
    '事由',
    '调阅授权',
    '留痕日志',
    '序号',
    '副本编号',
  ];
  const lines = items.map((item) =>
    [
      chinaTime(item.at),
      item.label,
      item.actor.username,
      item.actor.displayName,
      item.target ?? '',
      item.purpose === null ? '' : (PURPOSE_LABELS[item.purpose] ?? item.purpose),
      item.reason ?? '',
      item.grantId ?? '',
      item.logId,
      String(item.seq),
      item.copyId ?? '',
    ]
      .map(cell)
      .join(','),
  );
  return `\uFEFF${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
