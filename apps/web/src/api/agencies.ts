import { request } from './client.ts';
import type { Agency, Department, Page } from './types.ts';

export function listAgencies(cursor?: string, limit = 50): Promise<Page<Agency>> {
  return request<Page<Agency>>('GET', '/agencies', { query: { cursor, limit } });
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
  return request<Agency>('GET', `/agencies/${encodeURIComponent(id)}`);
}

export function createAgency(input: { name: string; code: string }): Promise<Agency> {
  return request<Agency>('POST', '/agencies', { body: input });
}

export function updateAgency(id: string, changes: { name?: string; code?: string }) {
  return request<Agency>('PATCH', `/agencies/${encodeURIComponent(id)}`, { body: changes });
}

export async function listDepartments(agencyId: string): Promise<Department[]> {
  const page = await request<{ items: Department[] }>(
    'GET',
    `/agencies/${encodeURIComponent(agencyId)}/departments`,
  );
  return page.items;
}

export function createDepartment(agencyId: string, name: string): Promise<Department> {
  return request<Department>('POST', `/agencies/${encodeURIComponent(agencyId)}/departments`, {
    body: { name },
  });
}

export function renameDepartment(id: string, name: string): Promise<Department> {
  return request<Department>('PATCH', `/departments/${encodeURIComponent(id)}`, {
    body: { name },
  });
}
