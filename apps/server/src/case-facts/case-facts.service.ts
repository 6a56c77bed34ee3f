import { createHash } from 'node:crypto';
import {
  canonicalJsonText,
  caseFactsProblems,
  powerVersionKey,
  withStatutoryDefaults,
  type CaseFactsContent,
  type PowerVersion,
} from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import { requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { CaseRow } from '../cases/cases.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { powerVersionOf } from '../powers/power-version.ts';
import * as powers from '../powers/powers.repository.ts';
import type { PowerVersionRow } from '../powers/powers.repository.ts';
import * as repository from './case-facts.repository.ts';
import type { CaseFactsVersionRow } from './case-facts.repository.ts';

const staleVersion = () =>
  problems.conflict(
    'case-facts-version-stale',
    '案件事实已被他人修改',
    '本案的案件事实在您编辑期间已保存了新版本。请刷新后在最新版本上重新修改。',
  );

/** As a record is refused on such a case (records/seal-record.ts), so are its facts. */
function requireFactsWritable(row: CaseRow): void {
  if (row.closedInErrorAt !== null) {
    throw problems.conflict(
      'case-closed-in-error',
      '案件已关闭',
      '该案件已作为误立案件关闭，不能再修改案件事实。',
    );
  }
  if (row.stage === 'archived') {
    throw problems.conflict('case-archived', '案件已归档', '案卷已立卷归档，不能再修改案件事实。');
  }
}

export function caseFactsDigest(content: CaseFactsContent): string {
  return createHash('sha256').update(canonicalJsonText(content)).digest('hex');
}

/** Every power version any of the versions names, of the case's agency. */
async function referencedPowers(db: DbOrTx, agencyId: string, rows: CaseFactsVersionRow[]) {
  const keys = new Set(
    rows.flatMap((row) =>
      row.content.violations.map((v) => powerVersionKey(v.powerId, v.powerVersion)),
    ),
  );
  const ids = [...new Set(rows.flatMap((row) => row.content.violations.map((v) => v.powerId)))];
  const all = await powers.versionsOf(db, agencyId, ids);
  return all.filter((row) => keys.has(powerVersionKey(row.powerId, row.version)));
}

/**
 * 案件事实: one current version per case, each save a new one. Read by whoever may read the
 * case's records; written by whoever may work on the case (the one door: case-policy.ts's
 * requireWorker, as records are), never on a case archived or closed in error. Each save is a
 * ledgered act with the SHA-256 of the content's canonical JSON.
 */
export function createCaseFactsService(db: Db, ledger: Ledger, now: () => Date) {
  async function view(db: DbOrTx, agencyId: string, rows: CaseFactsVersionRow[]) {
    const powerRows = await referencedPowers(db, agencyId, rows);
    const names = await displayNames(db, [
      ...rows.map((row) => row.createdBy),
      ...powerRows.map((row) => row.createdBy),
    ]);
    return { rows, powerRows, names };
  }

  return {
    async get(actor: Actor, caseId: string) {
      const row = await requireReadable(db, actor, await cases.findCase(db, caseId), now(), {
        permission: 'record:read',
      });
      return view(db, row.agencyId, await repository.listVersions(db, caseId));
    },

    async save(
      actor: Actor,
      caseId: string,
      input: { expectedVersion: number; content: CaseFactsContent },
    ) {
      await requireReadable(db, actor, await cases.findCase(db, caseId), now());
      return ledger.transaction(async (tx, record) => {
        const row = await cases.lockCase(tx, caseId);
        if (!row) throw problems.notFound('该案件');
        await requireWorker(tx, actor, row, await cases.listOfficers(tx, caseId), now());
        requireFactsWritable(row);
        const history = await repository.listVersions(tx, caseId);
        const [latest] = history;
        if ((latest?.version ?? 0) !== input.expectedVersion) throw staleVersion();

        const content = withStatutoryDefaults(input.content);
        const named = await powers.versionsOf(
          tx,
          row.agencyId,
          content.violations.map((v) => v.powerId),
        );
        const found = caseFactsProblems(content, powersAtHand(named, latest));
        if (found.length > 0) {
          throw problems.validation(
            found.map((problem) => ({ name: `body.${problem.path}`, reason: problem.reason })),
          );
        }
        const version = (latest?.version ?? 0) + 1;
        const sha256 = caseFactsDigest(content);
        const inserted = await repository
          .insertVersion(tx, {
            caseId,
            version,
            agencyId: row.agencyId,
            content,
            sha256,
            createdBy: actor.id,
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) !== undefined) throw staleVersion();
            throw error;
          });
        await record({
          action: 'case_facts.saved',
          agencyId: row.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id: caseId },
          hashes: [{ name: 'case-facts.json', algorithm: 'sha256', hex: sha256 }],
          data: {
            caseId,
            version,
            powers: content.violations.map((v) => ({
              powerId: v.powerId,
              version: v.powerVersion,
            })),
            penaltyKinds: content.penalties.map((p) => p.kind),
          },
        });
        return view(tx, row.agencyId, [inserted, ...history]);
      });
    },
  };
}

/** What the checks need: the named versions, each power's newest, and what the case chose. */
function powersAtHand(named: PowerVersionRow[], latest: CaseFactsVersionRow | undefined) {
  const versions = new Map<string, PowerVersion>();
  const newest = new Map<string, PowerVersion>();
  for (const row of named) {
    const version = powerVersionOf(row);
    versions.set(powerVersionKey(row.powerId, row.version), version);
    const seen = newest.get(row.powerId);
    if (seen === undefined || seen.version < row.version) newest.set(row.powerId, version);
  }
  const alreadyChosen = new Set(
    (latest?.content.violations ?? []).map((v) => powerVersionKey(v.powerId, v.powerVersion)),
  );
  return { versions, latest: newest, alreadyChosen };
}

export type CaseFactsService = ReturnType<typeof createCaseFactsService>;
