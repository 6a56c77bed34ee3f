import { describe, expect, it } from 'vitest';
import { canPlaceImports, isOpenForPlacement } from './import-rules.ts';

const AGENCY = '0b0c6f0e-2f7a-4d6b-9a51-6f1c2d3e4f50';

describe('canPlaceImports', () => {
  it("lets the agency's officers, heads and archivists place its files", () => {
    for (const role of ['officer', 'department_head', 'agency_head', 'archivist'] as const) {
      expect(canPlaceImports({ roles: [role], agencyId: AGENCY }, AGENCY)).toBe(true);
    }
  });

  it('leaves other agencies, supervisors and legal reviewers reading', () => {
    expect(canPlaceImports({ roles: ['officer'], agencyId: 'other' }, AGENCY)).toBe(false);
    expect(canPlaceImports({ roles: ['supervisor'], agencyId: null }, AGENCY)).toBe(false);
    expect(canPlaceImports({ roles: ['legal_reviewer'], agencyId: AGENCY }, AGENCY)).toBe(false);
  });
});

describe('isOpenForPlacement', () => {
  it('is open while waiting or placed, settled once registered or dismissed', () => {
    expect(isOpenForPlacement('unassigned')).toBe(true);
    expect(isOpenForPlacement('matched')).toBe(true);
    expect(isOpenForPlacement('registered')).toBe(false);
    expect(isOpenForPlacement('dismissed')).toBe(false);
  });
});
