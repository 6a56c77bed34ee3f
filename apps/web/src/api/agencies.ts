import { call } from './client.ts';
import type { Agency, BodyOf, Department, Page } from './types.ts';

export function listAgencies(cursor?: string, limit = 50): Promise<Page<Agency>> {
  return call('listAgencies', { query: { cursor, limit } });
}

/** Every agency the user may see (one for an agency's staff), following the cursor. */
export async function listAllAgencies(): Promise<Agency[]> {
  const all: Agency[] = [];
  let cursor: string | undefined;
  do {
    const page = await listAgencies(cursor, 200);
    all.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

export function getAgency(id: string): Promise<Agency> {
  return call('getAgency', { path: { id } });
}

export function createAgency(input: BodyOf<'createAgency'>): Promise<Agency> {
  return call('createAgency', { body: input });
}

export function updateAgency(id: string, changes: BodyOf<'updateAgency'>): Promise<Agency> {
  return call('updateAgency', { path: { id }, body: changes });
}

export async function listDepartments(agencyId: string): Promise<Department[]> {
  return (await call('listDepartments', { path: { id: agencyId } })).items;
}

export function createDepartment(agencyId: string, name: string): Promise<Department> {
  return call('createDepartment', { path: { id: agencyId }, body: { name } });
}

export function renameDepartment(id: string, name: string): Promise<Department> {
  return call('updateDepartment', { path: { id }, body: { name } });
}
