import { accessPersonOf } from '../access/access-person.ts';
import { eventActor, type Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import { problems } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import { findUserById } from '../identity/users.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { requireBodyCameraKeeper, requireBodyCameraReader } from './body-camera-policy.ts';
import type { NewAssignmentInput, NewBodyCameraInput } from './body-camera-schemas.ts';
import { assignmentView, bodyCameraView } from './body-camera-views.ts';
import * as repository from './body-cameras.repository.ts';
import type { BodyCameraAssignmentRow, BodyCameraRow } from './body-cameras.repository.ts';

/** A handover written a little ahead of the clock (a slow station PC) is still "now". */
const CLOCK_SKEW_MS = 5 * 60_000;

export function createBodyCamerasService(db: Db, ledger: Ledger, now: () => Date) {
  async function detail(bodyCamera: BodyCameraRow) {
    const assignments = await repository.listAssignments(db, [bodyCamera.id]);
    const names = await repository.displayNames(
      db,
      assignments.flatMap((entry) => [entry.holderId, entry.recordedBy]),
    );
    return {
      ...bodyCameraView(bodyCamera, assignments, names, now()),
      assignments: assignments.map((entry) => assignmentView(entry, names)),
    };
  }

  async function readable(actor: Actor, bodyCameraId: string) {
    const bodyCamera = await repository.findBodyCamera(db, bodyCameraId);
    if (bodyCamera === undefined) throw problems.notFound('该执法记录仪');
    requireBodyCameraReader(await accessPersonOf(db, actor), bodyCamera.agencyId);
    return bodyCamera;
  }

  async function holderProblem(holderId: string | null, agencyId: string) {
    if (holderId === null) return undefined;
    const holder = await findUserById(db, holderId);
    if (holder?.agencyId !== agencyId || !holder.active) {
      return { name: 'holderId', reason: '领用人须为本机关在职人员' };
    }
    return undefined;
  }

  function timeProblem(from: Date, latest: BodyCameraAssignmentRow | undefined) {
    if (from.getTime() > now().getTime() + CLOCK_SKEW_MS) {
      return { name: 'from', reason: '领用或归还时间不能晚于当前时间' };
    }
    if (latest !== undefined && from < latest.from) {
      return {
        name: 'from',
        reason: `不能早于上一次登记的时间（${latest.from.toISOString()}）；登记有误的，请按实际时间再登记一次`,
      };
    }
    return undefined;
  }

  return {
    async list(actor: Actor, agencyId: string) {
      requireBodyCameraReader(await accessPersonOf(db, actor), agencyId);
      if ((await findAgency(db, agencyId)) === undefined) throw problems.notFound('该执法机关');
      const rows = await repository.listBodyCameras(db, agencyId);
      const assignments = Map.groupBy(
        await repository.listAssignments(
          db,
          rows.map((row) => row.id),
        ),
        (entry) => entry.bodyCameraId,
      );
      const names = await repository.displayNames(
        db,
        [...assignments.values()].flat().map((entry) => entry.holderId),
      );
      return rows.map((row) => bodyCameraView(row, assignments.get(row.id) ?? [], names, now()));
    },

    async get(actor: Actor, bodyCameraId: string) {
      return detail(await readable(actor, bodyCameraId));
    },

    async register(actor: Actor, agencyId: string, input: NewBodyCameraInput) {
      requireBodyCameraKeeper(await accessPersonOf(db, actor), agencyId);
      if ((await findAgency(db, agencyId)) === undefined) throw problems.notFound('该执法机关');
      const bodyCamera = await ledger
        .transaction(async (tx, record) => {
          const inserted = await repository.insertBodyCamera(tx, {
            agencyId,
            serial: input.serial,
            model: input.model ?? null,
            label: input.label ?? null,
            createdBy: actor.id,
          });
          await record({
            action: 'body_camera.registered',
            agencyId,
            actor: eventActor(actor),
            target: { type: 'body_camera', id: inserted.id },
            data: {
              bodyCameraId: inserted.id,
              serial: inserted.serial,
              model: inserted.model,
              label: inserted.label,
            },
          });
          return inserted;
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error) === 'body_cameras_agency_serial_key') {
            throw problems.conflict(
              'body-camera-serial-taken',
              '序列号已登记',
              `序列号为 ${input.serial} 的执法记录仪已在本机关登记，无需重复登记。`,
            );
          }
          throw error;
        });
      return detail(bodyCamera);
    },

    /** 领用 (a holder) or 归还 (null), from a time not before the register's latest entry. */
    async assign(actor: Actor, bodyCameraId: string, input: NewAssignmentInput) {
      const bodyCamera = await readable(actor, bodyCameraId);
      requireBodyCameraKeeper(await accessPersonOf(db, actor), bodyCamera.agencyId);
      const holderInvalid = await holderProblem(input.holderId, bodyCamera.agencyId);
      if (holderInvalid !== undefined) throw problems.validation([holderInvalid]);
      await ledger.transaction(async (tx, record) => {
        await repository.lockBodyCamera(tx, bodyCameraId);
        const [latest] = await repository.listAssignments(tx, [bodyCameraId]);
        const from = input.from === undefined ? now() : new Date(input.from);
        const timeInvalid = timeProblem(from, latest);
        if (timeInvalid !== undefined) throw problems.validation([timeInvalid]);
        const entry = await repository.insertAssignment(tx, {
          bodyCameraId,
          holderId: input.holderId,
          from,
          recordedBy: actor.id,
          recordedAt: now(),
        });
        await record({
          action: 'body_camera.assigned',
          agencyId: bodyCamera.agencyId,
          actor: eventActor(actor),
          target: { type: 'body_camera', id: bodyCameraId },
          data: {
            bodyCameraId,
            serial: bodyCamera.serial,
            holderId: entry.holderId,
            from: entry.from.toISOString(),
          },
        });
      });
      return detail(bodyCamera);
    },
  };
}
export type BodyCamerasService = ReturnType<typeof createBodyCamerasService>;
