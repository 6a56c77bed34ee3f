import { createHash } from 'node:crypto';
import { canonicalJsonText } from '@liuhen/domain';
import { eventActor, hasRole, type Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import type { Db } from '../db/database.ts';
import { Problem, problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { AgencyProfilesService } from './agency-profiles.service.ts';
import * as repository from './av-item-list-publications.repository.ts';
import { avItemListInForce, type AvItemList } from './av-item-list.ts';

/** The SHA-256 of the list as published: its canonical JSON, as the ledger pins it. */
export function avItemListDigest(list: AvItemList): string {
  return createHash('sha256').update(canonicalJsonText(list)).digest('hex');
}

const notPublished = () =>
  new Problem(
    404,
    'av-item-list-not-published',
    '尚未公开',
    '该执法机关尚未公开音像记录事项清单。',
  );

/**
 * 音像记录事项清单 published (003 第十八条 "向社会公开"): an act of the agency head, who makes
 * public the list in force now; the public page shows the newest publication as it was
 * published, and nothing before the first. Each publication is in the agency's ledger with
 * the profile version and the SHA-256 of the list.
 */
export function createAvItemListPublicationsService(
  db: Db,
  ledger: Ledger,
  agencyProfiles: AgencyProfilesService,
) {
  return {
    /** The list in force (to compare) and every publication, newest first. */
    async history(actor: Actor, agencyId: string) {
      await agencyProfiles.readableAgency(actor, agencyId);
      const inForce = await avItemListInForce(db, agencyId);
      const rows = await repository.listPublications(db, agencyId);
      const names = await displayNames(
        db,
        rows.map((row) => row.publishedBy),
      );
      return {
        inForce:
          inForce === undefined ? null : { list: inForce, sha256: avItemListDigest(inForce) },
        rows,
        names,
      };
    },

    /**
     * 发布: the list in force, if it is the version the head looked at (`expectedVersion`, null
     * for a standard profile) and differs from what is public already.
     */
    async publish(actor: Actor, agencyId: string, expectedVersion: number | null) {
      await agencyProfiles.readableAgency(actor, agencyId);
      if (actor.agencyId !== agencyId || !hasRole(actor, 'agency_head')) {
        throw problems.forbidden('音像记录事项清单须由本机关负责人发布，向社会公开。');
      }
      return ledger.transaction(async (tx, record) => {
        await repository.lockAgency(tx, agencyId);
        const list = await avItemListInForce(tx, agencyId);
        if (list === undefined) throw problems.notFound('该执法机关的音像记录事项清单');
        if (list.version !== expectedVersion) {
          throw problems.conflict(
            'av-item-list-changed',
            '清单已有新版本',
            `本机关现行的是${list.version === null ? '内置制度' : `第 ${list.version} 版`}的清单，与您确认的不同。请刷新后核对，再发布。`,
          );
        }
        const sha256 = avItemListDigest(list);
        const latest = await repository.latestPublication(tx, agencyId);
        if (latest?.sha256 === sha256) {
          throw problems.conflict(
            'av-item-list-already-published',
            '无需重新发布',
            '现行的音像记录事项清单与已公开的相同，无需重新发布。',
          );
        }
        const row = await repository.insertPublication(tx, {
          agencyId,
          profileId: list.profileId,
          profileVersion: list.version,
          list,
          sha256,
          publishedBy: actor.id,
        });
        await record({
          action: 'profile.av_item_list_published',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'agency_profile', id: list.profileId },
          hashes: [{ name: 'av-item-list.json', algorithm: 'sha256', hex: sha256 }],
          data: {
            publicationId: row.id,
            profileId: list.profileId,
            version: list.version,
            items: list.items.length,
          },
        });
        return { row, publisherName: actor.displayName };
      });
    },

    /** What the public sees: the newest publication, or 404 before the first. */
    async latestPublic(agencyId: string) {
      const row = await repository.latestPublication(db, agencyId);
      if (row === undefined) {
        if ((await avItemListInForce(db, agencyId)) === undefined) {
          throw problems.notFound('该执法机关的音像记录事项清单');
        }
        throw notPublished();
      }
      return row;
    },
  };
}

export type AvItemListPublicationsService = ReturnType<typeof createAvItemListPublicationsService>;
