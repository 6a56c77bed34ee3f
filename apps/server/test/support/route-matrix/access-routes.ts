import type { Variant } from './variants.ts';
import { HOUR, iso, get, write, writeFresh } from './variants.ts';

/** Saved views, the access history and access requests. */
export const ACCESS_ROUTES: Readonly<Record<string, readonly Variant[]>> = {
  // ── saved views: the owner's alone ──
  'PUT /api/v1/saved-views/{id}': [
    write(
      'savedView:owner',
      'PUT',
      (w) => `/api/v1/saved-views/${w.ids.savedView}`,
      () => ({
        name: '我的在办案件',
      }),
    ),
  ],
  'DELETE /api/v1/saved-views/{id}': [
    writeFresh(
      'savedView:owner',
      'DELETE',
      (w) => w.ids.savedView,
      (w, role) => w.freshSavedView(`待删除（${role}）`),
      (id) => `/api/v1/saved-views/${id}`,
    ),
  ],

  // ── access history and requests ──
  'GET /api/v1/cases/{id}/access-history': [
    get('access:export_history', (w) => `/api/v1/cases/${w.ids.case}/access-history`),
  ],
  'GET /api/v1/cases/{id}/access-history.csv': [
    get('access:export_history', (w) => `/api/v1/cases/${w.ids.case}/access-history.csv`),
  ],
  'GET /api/v1/cases/{id}/access-history.pdf': [
    get('access:export_history', (w) => `/api/v1/cases/${w.ids.case}/access-history.pdf`),
  ],
  'POST /api/v1/cases/{id}/access-requests': [
    write(
      'access:request',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/access-requests`,
      () => ({
        kind: 'beyond_permission',
        permissions: ['case:read'],
        reason: '比对同一当事人的案件',
        until: iso(Date.now() + 24 * HOUR),
      }),
    ),
  ],
  'GET /api/v1/cases/{id}/access-requests': [
    get('case:read', (w) => `/api/v1/cases/${w.ids.case}/access-requests`),
  ],
  'GET /api/v1/access-requests/{id}': [
    get('case:read', (w) => `/api/v1/access-requests/${w.ids.accessRequest}`),
  ],
  // The first allowed decision approves; the next allowed ones are told 409, after the gate.
  'POST /api/v1/access-requests/{id}/decision': [
    write(
      'access:decide',
      'POST',
      (w) => `/api/v1/access-requests/${w.ids.accessRequest}/decision`,
      () => ({
        approved: true,
        comment: '同意',
      }),
    ),
  ],
  'POST /api/v1/access-requests/{id}/revocation': [
    write(
      'access:decide',
      'POST',
      (w) => `/api/v1/access-requests/${w.ids.accessRequest}/revocation`,
      () => ({
        reason: '比对已完成',
      }),
    ),
  ],
};
