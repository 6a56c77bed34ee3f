import { call } from '../api/client.ts';
import type { BodyOf, Schema } from '../api/types.ts';

// 权责清单 (issue 16): the agency's powers, each edit and withdrawal a new version.

export type PowerVersion = Schema<'PowerVersion'>;
export type PowerInput = BodyOf<'createPower'>;
export type PowerRevision = BodyOf<'revisePower'>;

export async function listPowers(agencyId: string): Promise<PowerVersion[]> {
  return (await call('listPowers', { path: { id: agencyId } })).items;
}

export async function getPowerVersions(agencyId: string, powerId: string) {
  return (await call('getPowerVersions', { path: { id: agencyId, powerId } })).versions;
}

export function createPower(agencyId: string, body: PowerInput): Promise<PowerVersion> {
  return call('createPower', { path: { id: agencyId }, body });
}

export function revisePower(
  agencyId: string,
  powerId: string,
  body: PowerRevision,
): Promise<PowerVersion> {
  return call('revisePower', { path: { id: agencyId, powerId }, body });
}

export function withdrawPower(
  agencyId: string,
  powerId: string,
  body: BodyOf<'withdrawPower'>,
): Promise<PowerVersion> {
  return call('withdrawPower', { path: { id: agencyId, powerId }, body });
}
