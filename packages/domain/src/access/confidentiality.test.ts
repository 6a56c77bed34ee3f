import { describe, expect, it } from 'vitest';
import type { AccessPerson } from './access-decision.ts';
import { maskMiddle, maskParty, seesProtectedDetails } from './confidentiality.ts';

const person = (
  id: string,
  roles: AccessPerson['roles'],
  departmentId = 'dept-1',
): AccessPerson => ({
  id,
  roles,
  agencyId: 'agency-a',
  departmentId,
  supervisedAgencyIds: ['agency-a'],
});
const privateCase = {
  agencyId: 'agency-a',
  departmentId: 'dept-1',
  officerIds: ['zhang'],
  confidentiality: 'personal_privacy' as const,
};

describe('protected details', () => {
  it('are shown in full to those whose work needs them, masked to everyone else', () => {
    expect(seesProtectedDetails(person('zhang', ['officer']), privateCase)).toBe(true);
    expect(seesProtectedDetails(person('wang', ['officer']), privateCase)).toBe(false);
    expect(seesProtectedDetails(person('chen', ['department_head']), privateCase)).toBe(true);
    expect(seesProtectedDetails(person('sun', ['department_head'], 'dept-2'), privateCase)).toBe(
      false,
    );
    expect(seesProtectedDetails(person('wu', ['legal_reviewer']), privateCase)).toBe(true);
    expect(
      seesProtectedDetails({ ...person('sifa', ['supervisor']), agencyId: null }, privateCase),
    ).toBe(false);
    expect(
      seesProtectedDetails(person('wang', ['officer']), {
        ...privateCase,
        confidentiality: 'ordinary',
      }),
    ).toBe(true);
  });

  it('keep enough of an identifier to tell two apart', () => {
    expect(maskMiddle('11010519491231002X')).toBe('110105********002X');
    expect(maskMiddle('13812345678')).toBe('138****5678');
    expect(maskMiddle('91350100M000100Y43')).toBe('913501********0Y43');
    expect(maskMiddle('王五')).toBe('**');
    expect(maskMiddle('赵小六')).toBe('赵*六');
  });
});

describe('maskParty', () => {
  it('hides the middle of identity numbers and contacts, keeps names and kinds', () => {
    expect(
      maskParty({
        kind: 'natural_person',
        name: '王五',
        residentId: '11010519491231002X',
        phone: '13812345678',
        address: '常山县天马街道某某路8号',
      }),
    ).toEqual({
      kind: 'natural_person',
      name: '王五',
      residentId: '110105********002X',
      phone: '138****5678',
      address: '常山县天马街****',
    });
    expect(
      maskParty({
        kind: 'natural_person',
        name: 'John',
        idDocument: { type: 'passport', number: 'E12345678' },
      }),
    ).toMatchObject({ idDocument: { type: 'passport', number: 'E*******8' } });
  });
});
