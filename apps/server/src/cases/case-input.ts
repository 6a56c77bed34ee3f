import { createPartySchema, todayInShanghai, type Party } from '@liuhen/domain';
import type { DbOrTx } from '../db/database.ts';
import { problems, type InvalidParam } from '../http/problem.ts';
import { findDepartment } from '../identity/agencies.repository.ts';
import { findUserById } from '../identity/users.repository.ts';

export interface OfficerInput {
  readonly userId: string;
  readonly role: 'handler' | 'assisting';
}

export interface CheckedOfficer extends OfficerInput {
  readonly name: string;
  readonly certificateNumber: string;
}

/**
 * 当事人 again, with today's date: the route's schema already checked the identifiers'
 * check characters, but only here is "born in the future" known.
 */
export function checkParties(
  parties: readonly unknown[],
  now: Date,
): {
  parties: Party[];
  invalid: InvalidParam[];
} {
  const schema = createPartySchema({ today: todayInShanghai(now) });
  const invalid: InvalidParam[] = [];
  const checked: Party[] = [];
  parties.forEach((party, index) => {
    const result = schema.safeParse(party);
    if (result.success) checked.push(result.data);
    else {
      for (const issue of result.error.issues) {
        invalid.push({
          name: ['body', 'parties', index, ...issue.path].join('.'),
          reason: issue.message,
        });
      }
    }
  });
  return { parties: checked, invalid };
}

/**
 * The officers on a new case: at least two (DESIGN.md; 行政处罚法 第四十二条), exactly one
 * handler, each an active officer of the agency with an enforcement certificate number,
 * none twice.
 */
export async function checkOfficers(
  db: DbOrTx,
  agencyId: string,
  officers: readonly OfficerInput[],
): Promise<{ officers: CheckedOfficer[]; invalid: InvalidParam[] }> {
  const invalid: InvalidParam[] = [];
  const checked: CheckedOfficer[] = [];
  if (new Set(officers.map((o) => o.userId)).size < 2) {
    invalid.push({ name: 'body.officers', reason: '执法人员不得少于两人，且不能重复' });
  }
  if (officers.filter((o) => o.role === 'handler').length !== 1) {
    invalid.push({ name: 'body.officers', reason: '须指定一名承办人（handler）' });
  }
  const seen = new Set<string>();
  for (const [index, officer] of officers.entries()) {
    const name = `body.officers.${index}.userId`;
    if (seen.has(officer.userId)) {
      invalid.push({ name, reason: '同一执法人员不能重复登记' });
      continue;
    }
    seen.add(officer.userId);
    const user = await findUserById(db, officer.userId);
    if (!user || user.agencyId !== agencyId) {
      invalid.push({ name, reason: '本机关没有该用户' });
    } else if (!user.active) {
      invalid.push({ name, reason: `${user.displayName}的账号已停用` });
    } else if (!user.roles.includes('officer')) {
      invalid.push({ name, reason: `${user.displayName}不是执法人员` });
    } else if (!user.certificateNumber) {
      invalid.push({ name, reason: `${user.displayName}没有登记执法证件编号` });
    } else {
      checked.push({
        ...officer,
        name: user.displayName,
        certificateNumber: user.certificateNumber,
      });
    }
  }
  return { officers: checked, invalid };
}

export async function checkDepartment(
  db: DbOrTx,
  agencyId: string,
  departmentId: string,
): Promise<InvalidParam[]> {
  const department = await findDepartment(db, departmentId);
  return department?.agencyId === agencyId
    ? []
    : [{ name: 'body.departmentId', reason: '本机关没有该承办机构' }];
}

export function throwIfInvalid(invalid: readonly InvalidParam[]): void {
  if (invalid.length > 0) throw problems.validation([...invalid]);
}
