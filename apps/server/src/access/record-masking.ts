import {
  effectiveConfidentiality,
  maskRecordFields,
  seesProtectedDetails,
  type AccessPerson,
  type KnownPartyDetails,
} from '@liuhen/domain';
import type { CaseOfficerRow, CaseRow } from '../cases/cases.repository.ts';
import type { CaseRecordRow } from '../records/records.repository.ts';

export type RecordAsSeen = CaseRecordRow & { readonly contentMasked: boolean };

/**
 * The case's records as this reader may see them: a record whose 密级 (its own or its
 * case's) is protected has identity numbers, phones and the parties' addresses hidden for
 * anyone without need to know (002 第八条(七), 003 第三十四条). The stored record is unchanged.
 */
export function recordsAsSeenBy(
  person: AccessPerson,
  row: CaseRow,
  officers: readonly CaseOfficerRow[],
  records: readonly CaseRecordRow[],
): RecordAsSeen[] {
  const theCase = {
    agencyId: row.agencyId,
    departmentId: row.departmentId,
    officerIds: officers.map((officer) => officer.userId),
  };
  const parties = row.parties as KnownPartyDetails[];
  return records.map((record) => {
    const confidentiality = effectiveConfidentiality(row.confidentiality, record.confidentiality);
    if (seesProtectedDetails(person, { ...theCase, confidentiality })) {
      return { ...record, contentMasked: false };
    }
    return {
      ...record,
      fields: maskRecordFields(record.fields as Record<string, unknown>, parties),
      contentMasked: true,
    };
  });
}
