import { RECORDS } from './case-fixtures.ts';
import type { Outcome, RoleKey, Rule } from './route-matrix-roles.ts';
import type { World } from './route-matrix-world.ts';
import type { Client } from './test-app.ts';

/**
 * Every operation of the OpenAPI document that takes an id in its path, with the resource
 * the matrix sends it and the rule (route-matrix-roles.ts) that says who may call it.
 *
 * Fastify validates the body before the handler runs, so a body the schema refuses answers
 * 400 before any authorization: every write here sends a body that passes the schema, so that
 * what comes back is the gate's answer. Where an allowed call would change the resource for
 * good (closing a case, deciding an approval, terminating an upload, dismissing a file,
 * deleting a view), each allowed role gets its own fresh resource; a refused role always
 * gets the shared one, and the test checks nothing changed.
 */

export interface Answer {
  readonly statusCode: number;
  readonly body: string;
}

export interface CallContext {
  readonly world: World;
  readonly role: RoleKey;
  readonly client: Client;
  readonly expected: Outcome;
}

export interface Variant {
  /** Shown in the failure message when a route has more than one. */
  readonly label?: string;
  readonly rule: Rule;
  call(context: CallContext): Promise<Answer>;
  /**
   * Answers only the far side of the gate gives, whatever their status: a poster never made
   * or a copy that cannot be made without ffmpeg. They prove the gate let the caller in.
   */
  readonly afterGate?: (answer: Answer) => boolean;
  /**
   * A link-carrying route refuses whoever holds no link of his own (403) before it looks at
   * the resource: any refusal counts, and the id-oracle check still holds.
   */
  readonly anyRefusal?: boolean;
}

const posterMissing = (answer: Answer) => answer.statusCode === 404 && answer.body.includes('封面');
const copyNotPossible = (answer: Answer) =>
  answer.statusCode === 503 && answer.body.includes('copy-not-possible');

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
const allowed = (context: CallContext) => context.expected === 'Y';

function tus(
  client: Client,
  method: 'PATCH' | 'DELETE' | 'GET',
  url: string,
  extra: Record<string, string> = {},
  payload?: Buffer,
) {
  return client.app.inject({
    method,
    url,
    headers: {
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.csrfToken && method !== 'GET' ? { 'x-csrf-token': client.csrfToken } : {}),
      'tus-resumable': '1.0.0',
      ...extra,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** A link to the bytes: the role's own if the policy gives him one, else the handler's. */
async function contentUrl(context: CallContext, kind: string, id: string): Promise<string> {
  const ask = (client: Client) =>
    client.post(`/api/v1/${kind}/${id}/access`, { purpose: 'view', reason: '复核' });
  const own = await ask(context.client);
  if (own.statusCode === 201) return own.json().url as string;
  const handlers = await ask(context.world.handler.client);
  // An id that does not exist (the oracle check): a link of the right shape, signed by nobody.
  if (handlers.statusCode !== 201) return `/api/v1/${kind}/${id}/content?access=x.y`;
  return handlers.json().url as string;
}

const get = (rule: Rule, url: (world: World) => string, label?: string): Variant => ({
  rule,
  ...(label === undefined ? {} : { label }),
  call: ({ client, world }) => client.get(url(world)),
});

type Body = Record<string, unknown>;
const write = (
  rule: Rule,
  method: 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: (world: World) => string,
  body?: (context: CallContext) => Body,
  label?: string,
  afterGate?: (answer: Answer) => boolean,
): Variant => ({
  rule,
  ...(label === undefined ? {} : { label }),
  ...(afterGate === undefined ? {} : { afterGate }),
  call: (context) =>
    context.client.request(
      method,
      url(context.world),
      body === undefined ? undefined : (body(context) as never),
    ),
});

/** As `write`, but an allowed role acts on a fresh resource of its own. */
const writeFresh = (
  rule: Rule,
  method: 'POST' | 'PUT' | 'DELETE',
  shared: (world: World) => string,
  fresh: (world: World, role: RoleKey) => Promise<string>,
  url: (id: string) => string,
  body?: (context: CallContext & { id: string }) => Body,
): Variant => ({
  rule,
  call: async (context) => {
    const id = allowed(context) ? await fresh(context.world, context.role) : shared(context.world);
    return context.client.request(
      method,
      url(id),
      body === undefined ? undefined : (body({ ...context, id }) as never),
    );
  },
});

const avBody = (world: World) => ({
  evidenceObjectId: world.ids.evidenceObject,
  kind: 'video',
  content: '现场检查',
  situations: ['on_site_inspection'],
  recordingStartedAt: iso(Date.now() - HOUR),
  recordingEndedAt: iso(Date.now() - HOUR + 1000),
  place: '常山县天马街道某某路 8 号',
  personsPresent: ['赵六'],
  announcementMade: true,
  usedAsEvidence: false,
});

const source = RECORDS.caseSource();

export const ROUTES: Readonly<Record<string, readonly Variant[]>> = {
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

  // ── the case ──
  'GET /api/v1/cases/{id}': [get('case:read', (w) => `/api/v1/cases/${w.ids.case}`)],
  'GET /api/v1/cases/{id}/findings': [
    get('case:read', (w) => `/api/v1/cases/${w.ids.case}/findings`),
  ],
  // Not yet approved: an allowed worker is told 409 (blocked), after the gate.
  'POST /api/v1/cases/{id}/transitions': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/transitions`,
      () => ({
        transition: 'file',
      }),
    ),
  ],
  'POST /api/v1/cases/{id}/complainant-informed': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/complainant-informed`,
      () => ({
        note: '电话告知举报人已立案',
      }),
    ),
  ],
  'POST /api/v1/cases/{id}/close-in-error': [
    writeFresh(
      'case:work',
      'POST',
      (w) => w.ids.case,
      (w, role) => w.freshCase(`某某商店重复立案（${role}）`),
      (id) => `/api/v1/cases/${id}/close-in-error`,
      () => ({ reason: '重复立案，误立' }),
    ),
  ],
  // One launch approval is pending already: an allowed worker is told 409.
  'POST /api/v1/cases/{id}/approvals': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/approvals`,
      ({ world }) => ({
        kind: 'launch',
        recordId: world.ids.launchForm,
      }),
    ),
  ],
  'GET /api/v1/cases/{id}/approvals': [
    get('case:read', (w) => `/api/v1/cases/${w.ids.case}/approvals`),
  ],
  'GET /api/v1/approvals/{id}': [get('case:read', (w) => `/api/v1/approvals/${w.ids.approval}`)],
  'POST /api/v1/approvals/{id}/actions': [
    {
      rule: 'approval:act',
      call: async (context) => {
        const { world } = context;
        // The version as it is now: a stale one is told 409 before the step is looked at.
        const shared = await world.handler.client.get(`/api/v1/approvals/${world.ids.approval}`);
        const approval = allowed(context)
          ? await world.freshApproval()
          : {
              id: world.ids.approval,
              version: shared.statusCode === 200 ? (shared.json().request.version as number) : 1,
            };
        return context.client.post(`/api/v1/approvals/${approval.id}/actions`, {
          action: 'approve',
          expectedVersion: approval.version,
          comment: '同意立案',
        });
      },
    },
  ],

  // ── records ──
  'POST /api/v1/cases/{id}/records': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/records`,
      () => ({
        ...RECORDS.caseSource(),
        madeAt: new Date().toISOString(),
      }),
    ),
  ],
  'GET /api/v1/cases/{id}/records': [
    get('record:read', (w) => `/api/v1/cases/${w.ids.case}/records`),
  ],
  'GET /api/v1/records/{id}': [get('record:read', (w) => `/api/v1/records/${w.ids.record}`)],
  'POST /api/v1/records/{id}/corrections': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/records/${w.ids.record}/corrections`,
      () => ({
        madeAt: source.madeAt,
        fields: source.fields,
        reason: '更正笔误',
      }),
    ),
  ],
  'POST /api/v1/records/{id}/attachments': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/records/${w.ids.record}/attachments`,
      (c) => ({
        evidenceObjectId: c.world.ids.scan,
        description: `现场照片（${c.role}）`,
      }),
    ),
  ],
  'GET /api/v1/records/{id}/attachments': [
    get('record:read', (w) => `/api/v1/records/${w.ids.record}/attachments`),
  ],
  'POST /api/v1/attachments/{id}/access': [
    write(
      'evidence:view',
      'POST',
      (w) => `/api/v1/attachments/${w.ids.attachment}/access`,
      () => ({
        purpose: 'view',
        reason: '复核',
      }),
      'view',
    ),
    write(
      'evidence:download',
      'POST',
      (w) => `/api/v1/attachments/${w.ids.attachment}/access`,
      () => ({ purpose: 'download', reason: '复制存档' }),
      'download',
      copyNotPossible,
    ),
  ],
  'GET /api/v1/attachments/{id}/content': [
    {
      rule: 'evidence:view',
      anyRefusal: true,
      call: async (c) => c.client.get(await contentUrl(c, 'attachments', c.world.ids.attachment)),
    },
  ],

  // ── uploads (tus) ──
  'GET /api/v1/uploads/{id}': [
    {
      rule: 'upload:read',
      call: (c) => tus(c.client, 'GET', `/api/v1/uploads/${c.world.ids.upload}`),
    },
  ],
  // Refused: junk at offset 0 (must not land). Allowed: a wrong offset, told 409 after the gate.
  'PATCH /api/v1/uploads/{id}': [
    {
      rule: 'upload:write',
      call: (c) =>
        tus(
          c.client,
          'PATCH',
          `/api/v1/uploads/${c.world.ids.upload}`,
          {
            'content-type': 'application/offset+octet-stream',
            'upload-offset': allowed(c) ? '8' : '0',
          },
          Buffer.from('junk-junk-junk!!'),
        ),
    },
  ],
  'DELETE /api/v1/uploads/{id}': [
    {
      rule: 'upload:terminate',
      call: async (c) => {
        const id = allowed(c) ? await c.world.freshUpload() : c.world.ids.upload;
        return tus(c.client, 'DELETE', `/api/v1/uploads/${id}`);
      },
    },
  ],

  // ── AV records and stored objects ──
  'POST /api/v1/cases/{id}/av-records': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/av-records`,
      (c) => avBody(c.world),
    ),
  ],
  'GET /api/v1/cases/{id}/av-records': [
    get('case:read', (w) => `/api/v1/cases/${w.ids.case}/av-records`),
  ],
  'GET /api/v1/av-records/{id}': [get('case:read', (w) => `/api/v1/av-records/${w.ids.avRecord}`)],
  'POST /api/v1/av-records/{id}/amendments': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/av-records/${w.ids.avRecord}/amendments`,
      () => ({
        place: '常山县天马街道某某路 8 号门前',
        reason: '补充地点',
      }),
    ),
  ],
  'POST /api/v1/av-records/{id}/access': [
    write(
      'evidence:view',
      'POST',
      (w) => `/api/v1/av-records/${w.ids.avRecord}/access`,
      () => ({
        purpose: 'view',
        reason: '复核',
      }),
      'view',
    ),
    write(
      'evidence:download',
      'POST',
      (w) => `/api/v1/av-records/${w.ids.avRecord}/access`,
      () => ({ purpose: 'download', reason: '复制存档' }),
      'download',
      copyNotPossible,
    ),
  ],
  'GET /api/v1/av-records/{id}/content': [
    {
      rule: 'evidence:view',
      anyRefusal: true,
      call: async (c) => c.client.get(await contentUrl(c, 'av-records', c.world.ids.avRecord)),
    },
  ],
  'GET /api/v1/av-records/{id}/poster': [
    {
      ...get('case:read', (w) => `/api/v1/av-records/${w.ids.avRecord}/poster`),
      afterGate: posterMissing,
    },
  ],
  'GET /api/v1/evidence-objects/{id}': [
    get('evidenceObject:read', (w) => `/api/v1/evidence-objects/${w.ids.evidenceObject}`),
  ],

  // ── body cameras ──
  'GET /api/v1/agencies/{id}/body-cameras': [
    get('bodyCamera:read', (w) => `/api/v1/agencies/${w.agencyId}/body-cameras`),
  ],
  'POST /api/v1/agencies/{id}/body-cameras': [
    write(
      'bodyCamera:keep',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/body-cameras`,
      (c) => ({
        serial: `MX-${c.role}`,
      }),
    ),
  ],
  'GET /api/v1/body-cameras/{id}': [
    get('bodyCamera:read', (w) => `/api/v1/body-cameras/${w.ids.bodyCamera}`),
  ],
  'POST /api/v1/body-cameras/{id}/assignments': [
    write(
      'bodyCamera:keep',
      'POST',
      (w) => `/api/v1/body-cameras/${w.ids.bodyCamera}/assignments`,
      (c) => ({
        holderId: c.world.handler.id,
      }),
    ),
  ],

  // ── docked files placed on the case: the case's policy, as its AV records. A poster is a
  // still the server made, shown in the lists: the case's readers see it, as the AV list's ──
  'GET /api/v1/imported-files/{id}': [
    get('case:read', (w) => `/api/v1/imported-files/${w.ids.importedFile}`, 'on the case'),
    get('inbox:list', (w) => `/api/v1/imported-files/${w.ids.inboxFile}`, 'in the inbox'),
  ],
  // Already on this case: an allowed worker is told 409.
  'POST /api/v1/imported-files/{id}/assignment': [
    write(
      'importedFile:place',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.importedFile}/assignment`,
      (c) => ({
        caseId: c.world.ids.case,
        reason: '拍摄时正在办理本案',
      }),
    ),
  ],
  'POST /api/v1/imported-files/{id}/dismissal': [
    writeFresh(
      'importedFile:place',
      'POST',
      (w) => w.ids.dismissalTarget,
      async (w) => {
        const spare = w.spareImportedFiles.shift();
        if (spare === undefined) throw new Error('no spare imported file left for a dismissal');
        return spare;
      },
      (id) => `/api/v1/imported-files/${id}/dismissal`,
      () => ({ kind: 'accidental', reason: '误录，无执法内容' }),
    ),
  ],
  'GET /api/v1/cases/{id}/imported-files': [
    get('case:read', (w) => `/api/v1/cases/${w.ids.case}/imported-files`),
  ],
  'GET /api/v1/imported-files/{id}/poster': [
    {
      ...get('case:read', (w) => `/api/v1/imported-files/${w.ids.importedFile}/poster`),
      afterGate: posterMissing,
    },
    {
      ...get(
        'inbox:view',
        (w) => `/api/v1/imported-files/${w.ids.inboxFile}/poster`,
        'in the inbox',
      ),
      afterGate: posterMissing,
    },
  ],
  'POST /api/v1/imported-files/{id}/access': [
    write(
      'evidence:view',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.importedFile}/access`,
      () => ({
        purpose: 'view',
        reason: '复核',
      }),
      'view',
    ),
    write(
      'evidence:download',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.importedFile}/access`,
      () => ({ purpose: 'download', reason: '复制存档' }),
      'download',
      copyNotPossible,
    ),
    write(
      'inbox:view',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.inboxFile}/access`,
      () => ({ purpose: 'view', reason: '查找所属案件' }),
      'inbox, view',
    ),
    write(
      'inbox:download',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.inboxFile}/access`,
      () => ({ purpose: 'download', reason: '复制存档' }),
      'inbox, download',
      copyNotPossible,
    ),
  ],
  'GET /api/v1/imported-files/{id}/content': [
    {
      rule: 'evidence:view',
      anyRefusal: true,
      call: async (c) =>
        c.client.get(await contentUrl(c, 'imported-files', c.world.ids.importedFile)),
    },
    {
      label: 'in the inbox',
      rule: 'inbox:view',
      anyRefusal: true,
      call: async (c) => c.client.get(await contentUrl(c, 'imported-files', c.world.ids.inboxFile)),
    },
  ],

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
