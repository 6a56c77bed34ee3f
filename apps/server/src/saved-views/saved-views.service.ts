import type { Actor } from '../auth/actor.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import { MAX_VIEWS_PER_LIST, type SavedViewList } from './saved-view-schemas.ts';
import * as repository from './saved-views.repository.ts';

export interface NewSavedView {
  readonly list: SavedViewList;
  readonly name: string;
  readonly query: Record<string, string>;
}

export interface SavedViewChanges {
  readonly name?: string | undefined;
  readonly query?: Record<string, string> | undefined;
}

function nameTaken(error: unknown): never {
  if (uniqueViolation(error) !== undefined) {
    throw problems.conflict(
      'saved-view-name-taken',
      '视图名称已存在',
      '您在此列表中已有同名视图，请换一个名称，或在“管理视图”中修改原视图。',
    );
  }
  throw error;
}

const notFound = () => problems.notFound('该视图');

/**
 * Saved views: a user's named filter sets on a list. A preference of one user, not an act
 * on a case, so nothing here goes to the ledger (docs/decisions.md); each user sees and
 * changes only their own, and another's id answers 404 as if absent.
 */
export function createSavedViewsService(db: Db, now: () => Date) {
  return {
    list(actor: Actor, list: SavedViewList) {
      return repository.listViews(db, actor.id, list);
    },

    create(actor: Actor, input: NewSavedView) {
      return db.transaction(async (tx) => {
        await repository.lockUserList(tx, actor.id, input.list);
        if ((await repository.countViews(tx, actor.id, input.list)) >= MAX_VIEWS_PER_LIST) {
          throw problems.unprocessable(
            'saved-view-limit-reached',
            '视图数量已达上限',
            `每个列表最多保存 ${MAX_VIEWS_PER_LIST} 个视图，请先在“管理视图”中删除不再使用的视图。`,
          );
        }
        const at = now();
        return repository
          .insertView(tx, { ...input, userId: actor.id, createdAt: at, updatedAt: at })
          .catch(nameTaken);
      });
    },

    async update(actor: Actor, id: string, changes: SavedViewChanges) {
      const updated = await repository
        .updateOwnView(db, actor.id, id, {
          ...(changes.name === undefined ? {} : { name: changes.name }),
          ...(changes.query === undefined ? {} : { query: changes.query }),
          updatedAt: now(),
        })
        .catch(nameTaken);
      if (!updated) throw notFound();
      return updated;
    },

    async remove(actor: Actor, id: string) {
      if (!(await repository.deleteOwnView(db, actor.id, id))) throw notFound();
    },
  };
}

export type SavedViewsService = ReturnType<typeof createSavedViewsService>;
