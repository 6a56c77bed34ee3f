import { access } from 'node:fs/promises';
import { recordTypeSpec, type Permission, type Stage } from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import { loadCase, type LoadedCase } from '../cases/case-context.ts';
import { requireOpenCaseFile, requireReadable, requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { Db, DbOrTx } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import {
  evidencePermission,
  type AccessPurpose,
  type AccessTokens,
} from '../evidence/access-tokens.ts';
import { copyInClaims, copyInEvent, type CopyIssuer } from '../evidence/copy-issuer.ts';
import { evidenceObjectView, fileHashes } from '../evidence/evidence-object-view.ts';
import { avRecordRowHash } from '../integrity/sealed-digests.ts';
import { findEvidenceObject } from '../evidence/evidence-objects.repository.ts';
import type { ByteRange, EvidenceStore } from '../evidence/evidence-store.ts';
import { refreshCaseFindings } from '../findings/refresh-findings.ts';
import { problems } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { posterPath } from '../media/make-poster.ts';
import { linkProblems, timingProblems } from './av-record-checks.ts';
import { nameNewAvRecord } from './av-record-naming.ts';
import type { AvRecordAmendment, NewAvRecordInput } from './av-record-schemas.ts';
import { avRecordView } from './av-record-views.ts';
import * as repository from './av-records.repository.ts';
import type { AvRecordRow, EvidenceObjectRow } from './av-records.repository.ts';
import { placeOnRegistration } from '../station-import/place-on-registration.ts';
import { currentAvVersions } from './to-av-record.ts';

export interface AvRecordsDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly postersDir: string;
  readonly accessTokens: AccessTokens;
  readonly copies: CopyIssuer;
  readonly now: () => Date;
}

const accessSubject = (avRecordId: string) => `av_record:${avRecordId}`;

/** An AV record shows the stage of the text record it accompanies, else the case's. */
function stageOf(loaded: LoadedCase, recordId: string | null | undefined): Stage {
  const record = loaded.records.find((row) => row.id === recordId);
  return record === undefined ? loaded.row.stage : recordTypeSpec(record.type).stage;
}

export function createAvRecordsService(deps: AvRecordsDependencies) {
  const { db, ledger, store, now } = deps;

  async function hasPoster(object: EvidenceObjectRow): Promise<boolean> {
    try {
      await access(posterPath(deps.postersDir, object.sha256));
      return true;
    } catch {
      return false;
    }
  }

  async function viewOf(dbOrTx: DbOrTx, versions: readonly AvRecordRow[]) {
    const object = await findEvidenceObject(dbOrTx, versions[0]!.evidenceObjectId);
    const names = await repository.userNames(
      dbOrTx,
      versions.flatMap((row) => [row.makerId, row.createdBy]),
    );
    return avRecordView(versions, object!, names, await hasPoster(object!));
  }

  /**
   * The AV record's versions and its case, for a reader of the case (or, to watch or copy
   * it, for one whose role or grant reaches this recording); 404 when the case is hidden.
   */
  async function readable(actor: Actor, avRecordId: string, permission: Permission = 'case:read') {
    const versions = await repository.listVersions(db, avRecordId);
    if (versions.length === 0) throw problems.notFound('该音像记录');
    const theCase = await requireReadable(
      db,
      actor,
      await cases.findCase(db, versions[0]!.caseId),
      now(),
      {
        permission,
        subjectIds: [avRecordId],
      },
    );
    return { versions, theCase };
  }

  /** Locks the case, loads it, and checks the actor works on it. */
  async function lockForWork(tx: DbOrTx, actor: Actor, caseId: string) {
    const row = await cases.lockCase(tx, caseId);
    if (!row) throw problems.notFound('该案件');
    const loaded = await loadCase(tx, row);
    await requireWorker(tx, actor, row, loaded.officers, now());
    requireOpenCaseFile(row);
    return loaded;
  }

  return {
    async create(actor: Actor, caseId: string, input: NewAvRecordInput) {
      await requireReadable(db, actor, await cases.findCase(db, caseId), now());
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, caseId);
        const object = await findEvidenceObject(tx, input.evidenceObjectId);
        if (object?.agencyId !== loaded.row.agencyId) throw problems.notFound('该证据文件');
        if (await repository.caseUsesObject(tx, caseId, object.id)) {
          throw problems.conflict(
            'av-object-already-registered',
            '该文件已登记',
            '该文件已在本案登记为音像记录，无需重复登记；如需补充信息，请在该音像记录中补正。',
          );
        }
        const at = now();
        const invalid = [
          ...timingProblems(input, object.storedAt, at),
          ...linkProblems(input, loaded.records),
        ];
        if (invalid.length > 0) throw problems.validation(invalid);
        const { name, sequence } = nameNewAvRecord({
          theCase: loaded.row,
          officers: loaded.officers,
          existing: currentAvVersions(loaded.avRecords),
          object,
          recordingStartedAt: input.recordingStartedAt,
          content: input.content,
        });
        const id = crypto.randomUUID();
        const inserted = await repository.insertAvRecord(tx, {
          id,
          avRecordId: id,
          caseId,
          evidenceObjectId: object.id,
          kind: input.kind,
          stage: stageOf(loaded, input.recordId),
          situations: [...new Set(input.situations)],
          recordId: input.recordId ?? null,
          name,
          sequence,
          content: input.content,
          makerId: actor.id,
          deviceSerial: input.deviceSerial ?? null,
          recordingStartedAt: new Date(input.recordingStartedAt),
          recordingEndedAt: new Date(input.recordingEndedAt),
          returnedToUnitAt:
            input.returnedToUnitAt == null ? null : new Date(input.returnedToUnitAt),
          awayReason: input.awayReason ?? null,
          place: input.place,
          personsPresent: input.personsPresent,
          announcementMade: input.announcementMade,
          interruptions: input.interruptions,
          storageDamage: input.storageDamage ?? null,
          usedAsEvidence: input.usedAsEvidence,
          evidenceNoteRecordId: input.evidenceNoteRecordId ?? null,
          supersedesId: null,
          amendmentReason: null,
          createdBy: actor.id,
        });
        await record({
          action: 'av_record.created',
          agencyId: loaded.row.agencyId,
          actor: eventActor(actor),
          target: { type: 'av_record', id },
          hashes: [...fileHashes(object), avRecordRowHash(inserted)],
          data: {
            avRecordId: id,
            caseId,
            evidenceObjectId: object.id,
            name,
            situations: inserted.situations,
            recordId: inserted.recordId,
          },
        });
        await placeOnRegistration(tx, record, {
          agencyId: loaded.row.agencyId,
          evidenceObjectId: object.id,
          caseId,
          caseNumber: loaded.row.caseNumber,
          actor,
          at,
        });
        await refreshCaseFindings(tx, caseId, at);
        return viewOf(tx, [inserted]);
      });
    },

    /** A new version with the changes and the reason; the file and the name never change. */
    async amend(actor: Actor, avRecordId: string, changes: AvRecordAmendment, reason: string) {
      const { theCase } = await readable(actor, avRecordId);
      return ledger.transaction(async (tx, record) => {
        const loaded = await lockForWork(tx, actor, theCase.id);
        const versions = loaded.avRecords.filter((row) => row.avRecordId === avRecordId);
        const [current] = currentAvVersions(versions);
        const object = loaded.evidenceObjects.get(current!.evidenceObjectId)!;
        const next = { ...current!, ...withoutUndefined(changes) };
        const at = now();
        const invalid = [
          ...timingProblems(
            {
              recordingStartedAt: next.recordingStartedAt.toISOString(),
              recordingEndedAt: next.recordingEndedAt.toISOString(),
              returnedToUnitAt:
                changes.returnedToUnitAt === undefined
                  ? (current!.returnedToUnitAt?.toISOString() ?? null)
                  : changes.returnedToUnitAt,
              awayReason: next.awayReason,
              interruptions: next.interruptions,
              storageDamage: next.storageDamage,
            },
            object.storedAt,
            at,
          ),
          ...linkProblems(changes, loaded.records),
        ];
        if (invalid.length > 0) throw problems.validation(invalid);
        const versionId = crypto.randomUUID();
        const inserted = await repository
          .insertAvRecord(tx, {
            ...next,
            id: versionId,
            stage:
              changes.recordId === undefined ? current!.stage : stageOf(loaded, changes.recordId),
            returnedToUnitAt:
              changes.returnedToUnitAt === undefined
                ? current!.returnedToUnitAt
                : changes.returnedToUnitAt === null
                  ? null
                  : new Date(changes.returnedToUnitAt),
            supersedesId: current!.id,
            amendmentReason: reason,
            createdBy: actor.id,
            recordedAt: at,
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) !== undefined) {
              throw problems.conflict(
                'av-record-changed',
                '音像记录已被他人补正',
                '该音像记录刚刚被他人补正，请刷新后在最新版本上补正。',
              );
            }
            throw error;
          });
        await record({
          action: 'av_record.amended',
          agencyId: loaded.row.agencyId,
          actor: eventActor(actor),
          target: { type: 'av_record', id: avRecordId },
          hashes: [...fileHashes(object), avRecordRowHash(inserted)],
          data: { avRecordId, versionId, supersedesId: current!.id, reason },
        });
        await refreshCaseFindings(tx, theCase.id, at);
        return viewOf(tx, [...versions, inserted]);
      });
    },

    async list(actor: Actor, caseId: string) {
      await requireReadable(db, actor, await cases.findCase(db, caseId), now());
      const rows = await repository.listAvRecords(db, caseId);
      const byRecord = Map.groupBy(rows, (row) => row.avRecordId);
      return Promise.all([...byRecord.values()].map((versions) => viewOf(db, versions)));
    },

    async get(actor: Actor, avRecordId: string) {
      const { versions } = await readable(actor, avRecordId);
      return viewOf(db, versions);
    },

    /** Who looks at a recording, and why, goes on the ledger before any byte is served. */
    async grantAccess(actor: Actor, avRecordId: string, purpose: AccessPurpose, reason: string) {
      const { versions, theCase } = await readable(actor, avRecordId, evidencePermission(purpose));
      const [current] = currentAvVersions(versions);
      const object = await findEvidenceObject(db, current!.evidenceObjectId);
      const copy = await deps.copies.forAccess(purpose, {
        actor,
        grantId: theCase.grantId,
        object: object!,
        fileName: current!.name,
      });
      await ledger.append({
        action: 'av_record.accessed',
        agencyId: theCase.agencyId,
        actor: eventActor(actor),
        target: { type: 'av_record', id: avRecordId },
        hashes: fileHashes(object!),
        data: {
          avRecordId,
          caseId: theCase.id,
          evidenceObjectId: object!.id,
          purpose,
          reason,
          grantId: theCase.grantId,
          ...copyInEvent(copy),
        },
      });
      return deps.accessTokens.grant(
        {
          subject: accessSubject(avRecordId),
          userId: actor.id,
          purpose,
          ...copyInClaims(copy),
        },
        `/api/v1/av-records/${avRecordId}/content`,
        now(),
      );
    },

    /** The recording's bytes for a holder of a current access token, or a range of them. */
    async content(actor: Actor, avRecordId: string, token: string) {
      const claims = deps.accessTokens.verify(
        token,
        { subject: accessSubject(avRecordId), userId: actor.id },
        now(),
      );
      if (claims === undefined) {
        throw problems.forbidden('查看或下载音像记录需先填写事由；该链接已失效，请重新打开。');
      }
      // Asked again on every range: a grant revoked or run out stops the playback at once.
      const { versions } = await readable(actor, avRecordId, evidencePermission(claims.purpose));
      const [current] = currentAvVersions(versions);
      const object = await findEvidenceObject(db, current!.evidenceObjectId);
      if (claims.copyFile !== undefined) {
        return {
          ...(await deps.copies.open(claims.copyFile, object!.mediaType, current!.name)),
          purpose: claims.purpose,
        };
      }
      return {
        sizeBytes: object!.sizeBytes,
        mediaType: object!.mediaType,
        name: current!.name,
        purpose: claims.purpose,
        open: (range?: ByteRange) => store.read(object!.storageKey, range),
      };
    },

    async posterFile(actor: Actor, avRecordId: string) {
      const { versions } = await readable(actor, avRecordId);
      const object = await findEvidenceObject(db, versions[0]!.evidenceObjectId);
      if (!(await hasPoster(object!))) throw problems.notFound('该音像记录的封面');
      return posterPath(deps.postersDir, object!.sha256);
    },

    /** A stored object of the actor's agency, e.g. to prefill the AV form after an upload. */
    async evidenceObject(actor: Actor, id: string) {
      const object = await findEvidenceObject(db, id);
      if (object === undefined || object.agencyId !== actor.agencyId) {
        throw problems.notFound('该证据文件');
      }
      return evidenceObjectView(object);
    },
  };
}
export type AvRecordsService = ReturnType<typeof createAvRecordsService>;

function withoutUndefined<T extends object>(changes: T) {
  const kept = Object.entries(changes).filter(([, value]) => value !== undefined);
  return Object.fromEntries(kept) as Partial<AvRecordRow>;
}
