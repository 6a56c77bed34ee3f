import { request } from './client.ts';

// 视图 (apps/server/src/saved-views/saved-views.routes.ts): a user's named filter sets.

export type SavedViewList = 'cases' | 'findings';

/** A list's filters as its query string carries them. */
export type FilterQuery = Readonly<Record<string, string>>;

export interface SavedView {
  readonly id: string;
  readonly list: SavedViewList;
  readonly name: string;
  readonly query: FilterQuery;
  readonly createdAt: string;
  readonly updatedAt: string;
}

const PATH = '/saved-views';

export async function listSavedViews(list: SavedViewList): Promise<SavedView[]> {
  const page = await request<{ items: SavedView[] }>('GET', PATH, { query: { list } });
  return page.items;
}

export function createSavedView(input: {
  list: SavedViewList;
  name: string;
  query: FilterQuery;
}): Promise<SavedView> {
  return request<SavedView>('POST', PATH, { body: input });
}

export function updateSavedView(
  id: string,
  changes: { name?: string; query?: FilterQuery },
): Promise<SavedView> {
  return request<SavedView>('PUT', `${PATH}/${encodeURIComponent(id)}`, { body: changes });
}

export function deleteSavedView(id: string): Promise<void> {
  return request<void>('DELETE', `${PATH}/${encodeURIComponent(id)}`);
}
