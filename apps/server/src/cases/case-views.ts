import { maskParty, type TransitionSpec } from '@liuhen/domain';
import type { CaseRecordRow } from '../records/records.repository.ts';
import type { CaseEventRow, CaseOfficerRow, CaseRow } from './cases.repository.ts';

// Rows → JSON as the API schemas describe them (dates as ISO strings).

/** `masked`: the reader does not need the parties' protected details (access policy). */
export function caseView(row: CaseRow, masked = false) {
  const parties = row.parties as Record<string, unknown>[];
  return {
    ...row,
    parties: masked ? parties.map((party) => maskParty(party)) : parties,
    partiesMasked: masked,
    closedInErrorAt: row.closedInErrorAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  } as const;
}

export function officerView(row: CaseOfficerRow) {
  return {
    userId: row.userId,
    role: row.role,
    name: row.name,
    certificateNumber: row.certificateNumber,
    assignedAt: row.assignedAt.toISOString(),
  };
}

export function caseEventView(row: CaseEventRow) {
  return {
    id: row.id,
    type: row.type,
    at: row.at.toISOString(),
    data: row.data as Record<string, unknown>,
    actorId: row.actorId,
  };
}

/** A record; `contentMasked` when the reader sees it with protected details hidden. */
export function recordView(row: CaseRecordRow & { readonly contentMasked?: boolean }) {
  return {
    ...row,
    madeAt: row.madeAt.toISOString(),
    recordedAt: row.recordedAt.toISOString(),
    fields: row.fields as Record<string, unknown>,
    contentMasked: row.contentMasked ?? false,
    signature:
      row.signature?.kind === 'signed'
        ? { ...row.signature, signers: [...row.signature.signers] }
        : row.signature,
  };
}

export function transitionView(spec: TransitionSpec) {
  return { id: spec.id, label: spec.label, to: spec.to };
}
