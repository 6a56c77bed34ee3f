/**
 * One Merkle log per agency, so appends never contend across agencies and a province can
 * shard by agency (DESIGN.md "Scale-out path"); acts that belong to no agency (platform
 * administration, failed logins of unknown names) go to the `platform` log.
 */
export const PLATFORM_LOG = 'platform';

export function logIdFor(agencyId: string | null): string {
  return agencyId === null ? PLATFORM_LOG : `agency-${agencyId}`;
}

export function agencyOfLog(logId: string): string | null {
  return logId.startsWith('agency-') ? logId.slice('agency-'.length) : null;
}
