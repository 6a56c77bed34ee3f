import { grantRefusal, type Permission, type Role } from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import * as cases from '../cases/cases.repository.ts';
import type { Db } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import { problems } from '../http/problem.ts';
import { findUserById } from '../identity/users.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import * as repository from './access.repository.ts';
import type { AccessRequestState } from './access.repository.ts';
import { accessRequestView } from './access-request-view.ts';
import type { NewAccessRequest } from './access-schemas.ts';
import { authorizeCase } from './case-access.ts';

/** A grant is for a task, not a standing right: a month at the most. */
const LONGEST_GRANT_MS = 31 * 24 * 3_600_000;

const approverPermission = (kind: string): Permission =>
  kind === 'beyond_permission' ? 'access:approve_internal' : 'access:approve_external';

export function createAccessRequestsService(db: Db, ledger: Ledger, now: () => Date) {
  async function views(states: readonly AccessRequestState[]) {
    const names = await displayNames(
      db,
      states.flatMap((state) => [
        state.request.requesterId,
        state.request.granteeId,
        state.decision?.decidedBy ?? null,
        state.revocation?.revokedBy ?? null,
      ]),
    );
    const caseRows = await Promise.all(
      [...new Set(states.map((state) => state.request.caseId))].map((id) => cases.findCase(db, id)),
    );
    const caseNumbers = new Map(
      caseRows.flatMap((row) => (row === undefined ? [] : [[row.id, row.caseNumber] as const])),
    );
    return states.map((state) => accessRequestView(state, { now: now(), names, caseNumbers }));
  }

  async function stateOf(id: string) {
    const state = await repository.findRequestState(db, id);
    if (state === undefined) throw problems.notFound('该调阅申请');
    return state;
  }

  return {
    /** 调阅申请: for oneself beyond one's permission, or registered for another authority or a party. */
    async request(actor: Actor, caseId: string, input: NewAccessRequest) {
      const row = await cases.findCase(db, caseId);
      await authorizeCase(db, actor, 'access:request', row, { now: now() });
      const at = now();
      const until = new Date(input.until);
      if (until <= at || until.getTime() - at.getTime() > LONGEST_GRANT_MS) {
        throw problems.validation([{ name: 'body.until', reason: '有效期须在今后一个月以内' }]);
      }
      if (input.subjectIds !== undefined) {
        const { records, recordings, attachments, documents } = await repository.caseMaterialIds(
          db,
          caseId,
        );
        const material = new Set([...records, ...recordings, ...attachments, ...documents]);
        const foreign = input.subjectIds.filter((id) => !material.has(id));
        if (foreign.length > 0) {
          throw problems.validation([
            { name: 'body.subjectIds', reason: '所选材料不属于本案，请重新选择' },
          ]);
        }
      }
      const granteeId = input.granteeId ?? actor.id;
      let grantee: { readonly roles: readonly string[]; readonly agencyId: string | null } = actor;
      if (granteeId !== actor.id) {
        const named = await findUserById(db, granteeId);
        if (!named?.active || named.agencyId === row!.agencyId) {
          throw problems.validation([
            {
              name: 'body.granteeId',
              reason: '查阅人须为外单位在职人员；本机关人员请本人提交申请',
            },
          ]);
        }
        grantee = named;
      }
      // A grant never widens what the reader's role may do (domain grantRefusal).
      const refusal = grantRefusal(
        { roles: grantee.roles as Role[], agencyId: grantee.agencyId },
        input.permissions,
      );
      if (refusal !== null) {
        const field =
          refusal.slug === 'grantee-not-of-an-agency' ? 'body.granteeId' : 'body.permissions';
        throw problems.unprocessable(refusal.slug, refusal.title, refusal.detail, {
          invalidParams: [{ name: field, reason: refusal.detail }],
        });
      }
      const inserted = await ledger.transaction(async (tx, record) => {
        const request = await repository.insertRequest(tx, {
          agencyId: row!.agencyId,
          caseId,
          kind: input.kind,
          requesterId: actor.id,
          granteeId,
          onBehalfOf: input.onBehalfOf ?? null,
          subjectIds: input.subjectIds ?? null,
          permissions: [...new Set(input.permissions)],
          reason: input.reason,
          requestedUntil: until,
          createdAt: at,
        });
        await record({
          action: 'access.requested',
          agencyId: row!.agencyId,
          actor: eventActor(actor),
          target: { type: 'case', id: caseId },
          data: {
            requestId: request.id,
            caseId,
            kind: request.kind,
            granteeId: request.granteeId,
            onBehalfOf: request.onBehalfOf,
            subjectIds: request.subjectIds,
            permissions: request.permissions as Permission[],
            reason: request.reason,
            requestedUntil: until.toISOString(),
          },
        });
        return request;
      });
      const [view] = await views([{ request: inserted, decision: null, revocation: null }]);
      return view!;
    },

    /**
     * 批准 or 不予批准, by the head the regulations name: the collecting department's for
     * access beyond one's own (000 第十九条, 004 第二十三条), the agency's for another
     * authority or a party (004 第二十三条, 001 第十二条). Nobody decides his own request.
     */
    async decide(
      actor: Actor,
      id: string,
      input: { approved: boolean; comment?: string | undefined; validUntil?: string | undefined },
    ) {
      const state = await stateOf(id);
      const { request } = state;
      const row = await cases.findCase(db, request.caseId);
      await authorizeCase(db, actor, approverPermission(request.kind), row, { now: now() });
      if (request.requesterId === actor.id || request.granteeId === actor.id) {
        throw problems.forbidden('不能审批本人提交或本人受益的调阅申请。');
      }
      const validUntil =
        input.approved === false
          ? null
          : input.validUntil === undefined
            ? request.requestedUntil
            : new Date(input.validUntil);
      if (validUntil !== null && (validUntil > request.requestedUntil || validUntil <= now())) {
        throw problems.validation([
          { name: 'body.validUntil', reason: '有效期须晚于现在，且不超过申请的期限' },
        ]);
      }
      await ledger
        .transaction(async (tx, record) => {
          await repository.lockRequest(tx, id);
          const decision = await repository.insertDecision(tx, {
            requestId: id,
            approved: input.approved,
            decidedBy: actor.id,
            comment: input.comment ?? null,
            validUntil,
            decidedAt: now(),
          });
          await record({
            action: 'access.decided',
            agencyId: request.agencyId,
            actor: eventActor(actor),
            target: { type: 'case', id: request.caseId },
            data: {
              requestId: id,
              caseId: request.caseId,
              approved: decision.approved,
              comment: decision.comment,
              validUntil: decision.validUntil?.toISOString() ?? null,
            },
          });
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error) === 'access_decisions_request_key') {
            throw problems.conflict(
              'access-request-decided',
              '申请已审批',
              '该调阅申请已经审批，请刷新后查看。',
            );
          }
          throw error;
        });
      const [view] = await views([await stateOf(id)]);
      return view!;
    },

    /** Ends a grant at once: by a head who may revoke on the case, or by its holder. */
    async revoke(actor: Actor, id: string, reason: string) {
      const state = await stateOf(id);
      const { request } = state;
      const row = await cases.findCase(db, request.caseId);
      if (request.granteeId !== actor.id) {
        await authorizeCase(db, actor, 'access:revoke', row, { now: now() });
      }
      if (state.decision?.approved !== true) {
        throw problems.conflict('access-not-granted', '未获批准', '该申请未获批准，无需撤销。');
      }
      await ledger
        .transaction(async (tx, record) => {
          await repository.lockRequest(tx, id);
          await repository.insertRevocation(tx, {
            requestId: id,
            revokedBy: actor.id,
            reason,
            revokedAt: now(),
          });
          await record({
            action: 'access.revoked',
            agencyId: request.agencyId,
            actor: eventActor(actor),
            target: { type: 'case', id: request.caseId },
            data: { requestId: id, caseId: request.caseId, reason },
          });
        })
        .catch((error: unknown) => {
          if (uniqueViolation(error) === 'access_revocations_request_key') {
            throw problems.conflict('access-already-revoked', '已撤销', '该授权已经撤销。');
          }
          throw error;
        });
      const [view] = await views([await stateOf(id)]);
      return view!;
    },

    async get(actor: Actor, id: string) {
      const state = await stateOf(id);
      if (state.request.requesterId !== actor.id && state.request.granteeId !== actor.id) {
        const row = await cases.findCase(db, state.request.caseId);
        await authorizeCase(db, actor, 'case:read', row, { now: now() });
      }
      const [view] = await views([state]);
      return view!;
    },

    /** Mine, and those waiting for my decision. */
    async mine(actor: Actor) {
      const own = await repository.requestsBy(db, actor.id);
      const toDecide: AccessRequestState[] = [];
      if (actor.agencyId !== null) {
        for (const state of await repository.pendingOfAgency(db, actor.agencyId)) {
          if (state.request.requesterId === actor.id || state.request.granteeId === actor.id) {
            continue;
          }
          const row = await cases.findCase(db, state.request.caseId);
          const may = await authorizeCase(db, actor, approverPermission(state.request.kind), row, {
            now: now(),
          }).then(
            () => true,
            () => false,
          );
          if (may) toDecide.push(state);
        }
      }
      return { mine: await views(own), toDecide: await views(toDecide) };
    },

    async ofCase(actor: Actor, caseId: string) {
      const row = await cases.findCase(db, caseId);
      await authorizeCase(db, actor, 'case:read', row, { now: now() });
      return views(await repository.requestsOfCase(db, caseId));
    },
  };
}
export type AccessRequestsService = ReturnType<typeof createAccessRequestsService>;
