import {
  powerContentOf,
  powerProblems,
  type FieldProblem,
  type PowerContent,
  type PowerVersion,
} from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db } from '../db/database.ts';
import { Problem, problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { requireAgencyEditor } from '../profiles/agency-editor.ts';
import type { AgencyProfilesService } from '../profiles/agency-profiles.service.ts';
import { powerVersionDigest, powerVersionOf } from './power-version.ts';
import * as repository from './powers.repository.ts';
import type { PowerVersionRow } from './powers.repository.ts';

const EDITOR_ONLY = '仅本机关主要负责人或系统管理员可以维护本机关的权责清单。';

const staleVersion = () =>
  new Problem(
    409,
    'power-version-stale',
    '该事项已被他人修改',
    '该权责清单事项在您编辑期间已保存了新版本。请刷新后在最新版本上重新修改。',
  );

const notFound = () => problems.notFound('该权责清单事项');

function invalid(found: readonly FieldProblem[]): Problem {
  return problems.validation(
    found.map((problem) => ({ name: `body.${problem.path}`, reason: problem.reason })),
  );
}

/** Withdrawn or not, the same content is no new version. */
function sameContent(a: PowerContent, b: PowerContent): boolean {
  return JSON.stringify(powerContentOf(a)) === JSON.stringify(powerContentOf(b));
}

/**
 * 权责清单: the agency's powers, each with its versions. Read by whoever may read the agency's
 * profile (its people, its supervisors, the platform); kept by its head or administrator (the
 * profile's editors: one gate, profiles/agency-editor.ts). Every version is a ledgered act
 * with the SHA-256 of its canonical JSON.
 */
export function createPowersService(db: Db, ledger: Ledger, agencyProfiles: AgencyProfilesService) {
  async function withNames(rows: PowerVersionRow[]) {
    const names = await displayNames(
      db,
      rows.map((row) => row.createdBy),
    );
    return { rows, names };
  }

  /** A 事项编码 names one power in force; a withdrawn one gives its code up. */
  async function codeProblems(agencyId: string, content: PowerContent, powerId?: string) {
    if (content.code === null) return [];
    const current = await repository.listCurrent(db, agencyId);
    const holder = current.find(
      (row) => row.code === content.code && !row.withdrawn && row.powerId !== powerId,
    );
    return holder === undefined
      ? []
      : [{ path: 'code', reason: `事项编码“${content.code}”已用于“${holder.name}”` }];
  }

  async function versionsForEdit(actor: Actor, agencyId: string, powerId: string) {
    requireAgencyEditor(actor, agencyId, EDITOR_ONLY);
    await agencyProfiles.readableAgency(actor, agencyId);
    const versions = await repository.listVersions(db, agencyId, powerId);
    const [latest] = versions;
    if (latest === undefined) throw notFound();
    return powerVersionOf(latest);
  }

  async function append(
    actor: Actor,
    agencyId: string,
    version: PowerVersion,
    note: string | null,
    event: 'power.created' | 'power.revised' | 'power.withdrawn',
  ) {
    const sha256 = powerVersionDigest(version);
    const summary = {
      powerId: version.powerId,
      version: version.version,
      code: version.code,
      name: version.name,
      category: version.category,
    };
    return ledger.transaction(async (tx, record) => {
      const row = await repository
        .insertVersion(tx, {
          ...version,
          penaltyKinds: [...version.penaltyKinds],
          levels: [...version.levels],
          agencyId,
          note,
          sha256,
          createdBy: actor.id,
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error) !== undefined) throw staleVersion();
          throw error;
        });
      const hashes = [{ name: 'power.json', algorithm: 'sha256' as const, hex: sha256 }];
      const common = {
        agencyId,
        actor: eventActor(actor),
        target: { type: 'power', id: version.powerId },
        hashes,
      };
      if (event === 'power.created') await record({ ...common, action: event, data: summary });
      else if (event === 'power.revised') {
        await record({ ...common, action: event, data: { ...summary, note } });
      } else await record({ ...common, action: event, data: { ...summary, reason: note ?? '' } });
      return { rows: [row], names: new Map([[actor.id, actor.displayName]]) };
    });
  }

  return {
    /** The newest version of every power of the agency, withdrawn ones marked. */
    async list(actor: Actor, agencyId: string) {
      await agencyProfiles.readableAgency(actor, agencyId);
      return withNames(await repository.listCurrent(db, agencyId));
    },

    /** One power's versions, newest first. */
    async history(actor: Actor, agencyId: string, powerId: string) {
      await agencyProfiles.readableAgency(actor, agencyId);
      const rows = await repository.listVersions(db, agencyId, powerId);
      if (rows.length === 0) throw notFound();
      return withNames(rows);
    },

    async create(actor: Actor, agencyId: string, content: PowerContent) {
      requireAgencyEditor(actor, agencyId, EDITOR_ONLY);
      await agencyProfiles.readableAgency(actor, agencyId);
      const found = [...powerProblems(content), ...(await codeProblems(agencyId, content))];
      if (found.length > 0) throw invalid(found);
      const version = { ...content, powerId: crypto.randomUUID(), version: 1, withdrawn: false };
      return append(actor, agencyId, version, null, 'power.created');
    },

    /**
     * 修改: a new version after `expectedVersion`, never a change to it. Saving a withdrawn
     * power puts it back in force (恢复启用), as a version of its own.
     */
    async revise(
      actor: Actor,
      agencyId: string,
      powerId: string,
      input: { expectedVersion: number; note: string | null; content: PowerContent },
    ) {
      const latest = await versionsForEdit(actor, agencyId, powerId);
      if (latest.version !== input.expectedVersion) throw staleVersion();
      const found = [
        ...powerProblems(input.content),
        ...(await codeProblems(agencyId, input.content, powerId)),
      ];
      if (found.length > 0) throw invalid(found);
      if (!latest.withdrawn && sameContent(latest, input.content)) {
        throw problems.conflict(
          'power-unchanged',
          '没有修改',
          '与当前版本相比没有任何修改，无需保存新版本。',
        );
      }
      const version = {
        ...input.content,
        powerId,
        version: latest.version + 1,
        withdrawn: false,
      };
      return append(actor, agencyId, version, input.note, 'power.revised');
    },

    /**
     * 停用: a new version, the same content marked withdrawn. Cases that chose the power keep
     * it; new facts cannot choose it (case-facts-problems.ts).
     */
    async withdraw(
      actor: Actor,
      agencyId: string,
      powerId: string,
      input: { expectedVersion: number; reason: string },
    ) {
      const latest = await versionsForEdit(actor, agencyId, powerId);
      if (latest.version !== input.expectedVersion) throw staleVersion();
      if (latest.withdrawn) {
        throw problems.conflict(
          'power-already-withdrawn',
          '该事项已停用',
          '该权责清单事项已经停用，无需再次停用。',
        );
      }
      const version = { ...latest, version: latest.version + 1, withdrawn: true };
      return append(actor, agencyId, version, input.reason, 'power.withdrawn');
    },
  };
}

export type PowersService = ReturnType<typeof createPowersService>;
