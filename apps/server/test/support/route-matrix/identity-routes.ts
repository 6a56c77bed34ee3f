import type { Variant } from './variants.ts';
import { get, write } from './variants.ts';

/** The public ledger (nothing to refuse), agencies, departments and users. */
export const IDENTITY_ROUTES: Readonly<Record<string, readonly Variant[]>> = {
  // ── public ledger: no login needed, nothing to refuse ──
  'GET /api/v1/public/ledger/logs/{logId}/checkpoints/latest': [
    get('public', (w) => `/api/v1/public/ledger/logs/${w.ids.agencyLog}/checkpoints/latest`),
  ],
  'GET /api/v1/public/ledger/logs/{logId}/checkpoints': [
    get('public', (w) => `/api/v1/public/ledger/logs/${w.ids.agencyLog}/checkpoints`),
  ],
  'GET /api/v1/public/ledger/logs/{logId}/consistency': [
    get('public', (w) => `/api/v1/public/ledger/logs/${w.ids.agencyLog}/consistency?from=1&to=2`),
  ],
  'GET /api/v1/public/regulations/{regulationId}/articles/{article}': [
    get(
      'public',
      () => `/api/v1/public/regulations/000/articles/${encodeURIComponent('第十七条')}`,
    ),
  ],
  'GET /api/v1/ledger/logs/{logId}/entries/{seq}': [
    get('ledger:agency', (w) => `/api/v1/ledger/logs/${w.ids.agencyLog}/entries/0`, 'agency log'),
    get('ledger:platform', () => `/api/v1/ledger/logs/platform/entries/0`, 'platform log'),
  ],

  // ── agencies, departments, users ──
  'GET /api/v1/agencies/{id}': [get('agency:read', (w) => `/api/v1/agencies/${w.agencyId}`)],
  'PATCH /api/v1/agencies/{id}': [
    write(
      'agency:admin',
      'PATCH',
      (w) => `/api/v1/agencies/${w.agencyId}`,
      () => ({
        name: '常山县综合行政执法局',
      }),
    ),
  ],
  'PUT /api/v1/agencies/{id}/profile': [
    write(
      'agency:admin',
      'PUT',
      (w) => `/api/v1/agencies/${w.agencyId}/profile`,
      () => ({
        profileId: 'seed-004',
      }),
    ),
  ],
  'GET /api/v1/agencies/{id}/holiday-layers': [
    get('agency:read', (w) => `/api/v1/agencies/${w.agencyId}/holiday-layers`),
  ],
  'PUT /api/v1/agencies/{id}/holiday-layers': [
    write(
      'agency:admin',
      'PUT',
      (w) => `/api/v1/agencies/${w.agencyId}/holiday-layers`,
      () => ({ layers: [] }),
    ),
  ],
  'GET /api/v1/agencies/{id}/own-profile': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/own-profile`),
  ],
  'GET /api/v1/agencies/{id}/profile-in-force': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/profile-in-force`),
  ],
  // Allowed: 409 (A has its copy already); nothing changes either way.
  'POST /api/v1/agencies/{id}/own-profile': [
    write(
      'agencyProfile:edit',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/own-profile`,
      () => ({ basedOn: 'seed-003' }),
    ),
  ],
  // Allowed: 409 (not the newest version); nothing changes either way.
  'POST /api/v1/agencies/{id}/own-profile/versions': [
    write(
      'agencyProfile:edit',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/own-profile/versions`,
      () => ({ expectedVersion: 999, note: '复核', profile: { name: '某制度', issuer: '某局' } }),
    ),
  ],
  'GET /api/v1/agencies/{id}/own-profile/versions/{version}': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/own-profile/versions/1`),
  ],
  'GET /api/v1/public/agencies/{id}/av-item-list': [
    get('public', (w) => `/api/v1/public/agencies/${w.agencyId}/av-item-list`),
  ],
  'GET /api/v1/agencies/{id}/av-item-list/publications': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/av-item-list/publications`),
  ],
  // Allowed: 409 (the list in force is public already); nothing changes either way.
  'POST /api/v1/agencies/{id}/av-item-list/publications': [
    write(
      'agencyProfile:publish',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/av-item-list/publications`,
      () => ({ expectedVersion: 1 }),
    ),
  ],
  'GET /api/v1/agencies/{id}/av-item-list.pdf': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/av-item-list.pdf`),
  ],
  'GET /api/v1/agencies/{id}/officers': [
    get('agency:read', (w) => `/api/v1/agencies/${w.agencyId}/officers`),
  ],
  'GET /api/v1/agencies/{id}/approvers': [
    get('agency:read', (w) => `/api/v1/agencies/${w.agencyId}/approvers`),
  ],
  'GET /api/v1/agencies/{id}/departments': [
    get('agency:read', (w) => `/api/v1/agencies/${w.agencyId}/departments`),
  ],
  'POST /api/v1/agencies/{id}/departments': [
    write(
      'agency:admin',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/departments`,
      (c) => ({
        name: `执法三中队（${c.role}）`,
      }),
    ),
  ],
  'PATCH /api/v1/departments/{id}': [
    write(
      'agency:admin',
      'PATCH',
      (w) => `/api/v1/departments/${w.departmentId}`,
      () => ({
        name: '执法一中队',
      }),
    ),
  ],
  'GET /api/v1/users/{id}': [get('user:admin', (w) => `/api/v1/users/${w.ids.user}`)],
  'PATCH /api/v1/users/{id}': [
    write(
      'user:admin',
      'PATCH',
      (w) => `/api/v1/users/${w.ids.user}`,
      () => ({ displayName: '靶子' }),
      'name',
    ),
    write(
      'user:grantReadingRole',
      'PATCH',
      (w) => `/api/v1/users/${w.ids.user}`,
      () => ({ roles: ['officer', 'agency_head'] }),
      'grant agency_head',
    ),
    {
      label: 'own roles',
      rule: 'user:ownRoles',
      call: ({ client, world, role }) =>
        client.patch(`/api/v1/users/${world.userIds[role]}`, { roles: ['admin', 'agency_head'] }),
    },
  ],
  'POST /api/v1/users/{id}/deactivate': [
    write('user:admin', 'POST', (w) => `/api/v1/users/${w.ids.user}/deactivate`),
  ],
  'POST /api/v1/users/{id}/reactivate': [
    write('user:admin', 'POST', (w) => `/api/v1/users/${w.ids.user}/reactivate`),
  ],
  'POST /api/v1/users/{id}/reset-password': [
    write('user:admin', 'POST', (w) => `/api/v1/users/${w.ids.user}/reset-password`),
  ],
  'GET /api/v1/users/{id}/supervised-agencies': [
    get('supervision:read', (w) => `/api/v1/users/${w.ids.supervisor}/supervised-agencies`),
  ],
  'PUT /api/v1/users/{id}/supervised-agencies': [
    write(
      'supervision:set',
      'PUT',
      (w) => `/api/v1/users/${w.ids.supervisor}/supervised-agencies`,
      ({ world }) => ({ agencyIds: [world.agencyId] }),
    ),
  ],
  'GET /api/v1/profiles/{id}': [get('profile:read', () => '/api/v1/profiles/seed-004')],
};
