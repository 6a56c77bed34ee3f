import dayjs from 'dayjs';
import type { HashAlgorithm, SignatureAlgorithm } from './ledger-api.ts';

export const PLATFORM_LOG = 'platform';
const AGENCY_PREFIX = 'agency-';

export const HASH_ALGORITHM_LABEL: Record<HashAlgorithm, string> = {
  sha256: 'SHA-256',
  sm3: 'SM3',
};

export const SIGNATURE_ALGORITHM_LABEL: Record<SignatureAlgorithm, string> = {
  ed25519: 'Ed25519',
  sm2: 'SM2',
};

/** The code font of the theme, for hashes, keys and ids. */
export const MONOSPACE = "'SFMono-Regular', Consolas, 'Liberation Mono', Menlo, Courier, monospace";

/**
 * `platform` → 平台日志; `agency-<uuid>` → 执法机关日志 and the uuid's first block. Agency
 * names are not public, so the id is all the portal can show.
 */
export function describeLog(logId: string): { kind: string; shortId: string | null } {
  if (logId === PLATFORM_LOG) return { kind: '平台日志', shortId: null };
  if (logId.startsWith(AGENCY_PREFIX)) {
    return { kind: '执法机关日志', shortId: logId.slice(AGENCY_PREFIX.length).slice(0, 8) };
  }
  return { kind: '日志', shortId: logId };
}

/** The platform log first, then the agencies' logs in the server's order. */
export function platformFirst<T extends { logId: string }>(logs: readonly T[]): T[] {
  return [...logs].sort(
    (a, b) => Number(b.logId === PLATFORM_LOG) - Number(a.logId === PLATFORM_LOG),
  );
}

export function logTitle(logId: string): string {
  const { kind, shortId } = describeLog(logId);
  return shortId ? `${kind} ${shortId}` : kind;
}

/** Checkpoints are signed about once a second, so the seconds matter. Local time. */
export function formatSignedAt(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}
