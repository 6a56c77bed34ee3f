import type { Variant } from './variants.ts';
import { get, write } from './variants.ts';

/** 权责清单 and 案件事实 (issue 16): the profile's readers and editors; the case's own rules. */
export const POWERS_ROUTES: Readonly<Record<string, readonly Variant[]>> = {
  'GET /api/v1/agencies/{id}/powers': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/powers`),
  ],
  // Allowed: a new power of its own for each editor; the shared one is untouched.
  'POST /api/v1/agencies/{id}/powers': [
    write(
      'agencyProfile:edit',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/powers`,
      () => ({
        name: '对未按规定设置户外广告设施的检查',
        category: 'inspection',
        provisionApplied: '《城市市容和环境卫生管理条例》第十一条',
      }),
    ),
  ],
  'GET /api/v1/agencies/{id}/powers/{powerId}': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/powers/${w.ids.power}`),
  ],
  // Allowed: 409 (not the newest version); nothing changes either way.
  'PUT /api/v1/agencies/{id}/powers/{powerId}': [
    write(
      'agencyProfile:edit',
      'PUT',
      (w) => `/api/v1/agencies/${w.agencyId}/powers/${w.ids.power}`,
      () => ({
        expectedVersion: 999,
        name: '对擅自占用城市道路摆摊设点的处罚',
        category: 'penalty',
        provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
        provisionApplied: '《城市市容和环境卫生管理条例》第三十六条',
        penaltyKinds: ['warning', 'fine'],
        fineMax: '1000',
      }),
    ),
  ],
  'POST /api/v1/agencies/{id}/powers/{powerId}/withdraw': [
    write(
      'agencyProfile:edit',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/powers/${w.ids.power}/withdraw`,
      () => ({ expectedVersion: 999, reason: '职能划转' }),
    ),
  ],
  'GET /api/v1/cases/{id}/facts': [get('record:read', (w) => `/api/v1/cases/${w.ids.case}/facts`)],
  // Allowed: 409 (no such version yet); nothing changes either way.
  'PUT /api/v1/cases/{id}/facts': [
    write(
      'case:work',
      'PUT',
      (w) => `/api/v1/cases/${w.ids.case}/facts`,
      () => ({
        expectedVersion: 999,
        facts: '当事人在人民路人行道摆摊设点。',
      }),
    ),
  ],
};
