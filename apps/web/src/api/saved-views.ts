import { call } from './client.ts';
import type { BodyOf, Schema } from './types.ts';

// 视图 (apps/server/src/saved-views/saved-views.routes.ts): a user's named filter sets.

export type SavedView = Schema<'SavedView'>;
export type SavedViewList = SavedView['list'];

/** A list's filters as its query string carries them. */
export type FilterQuery = Readonly<Record<string, string>>;

export async function listSavedViews(list: SavedViewList): Promise<SavedView[]> {
  return (await call('listSavedViews', { query: { list } })).items;
}

export function createSavedView(input: BodyOf<'createSavedView'>): Promise<SavedView> {
  return call('createSavedView', { body: input });
}

export function updateSavedView(
  id: string,
  changes: BodyOf<'updateSavedView'>,
): Promise<SavedView> {
  return call('updateSavedView', { path: { id }, body: changes });
}

export function deleteSavedView(id: string): Promise<void> {
  return call('deleteSavedView', { path: { id } });
}
