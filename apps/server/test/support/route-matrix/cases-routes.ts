import type { Variant } from './variants.ts';
import {
  copyNotPossible,
  allowed,
  contentUrl,
  get,
  write,
  writeFresh,
  source,
} from './variants.ts';
import { signaturePng } from '../../../src/media/test-support/make-png.ts';
import { RECORDS } from '../case-fixtures.ts';

/** The case and its records. */
export const CASE_ROUTES: Readonly<Record<string, readonly Variant[]>> = {
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
  // The world's case is not filed: an allowed person is told 409 after the gate.
  'POST /api/v1/cases/{id}/decision-period/extensions': [
    write(
      'case:extendPeriod',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/decision-period/extensions`,
      () => ({ days: 30, reason: '案情复杂' }),
    ),
  ],
  'POST /api/v1/cases/{id}/decision-period/suspensions': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/decision-period/suspensions`,
      () => ({ cause: 'testing', reason: '委托鉴定' }),
    ),
  ],
  'POST /api/v1/cases/{id}/decision-period/resumptions': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/decision-period/resumptions`,
      () => ({}),
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
  // ── signatures (issue 16) ──
  'POST /api/v1/records/{id}/signatures': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/records/${w.ids.record}/signatures`,
      (c) => ({
        role: 'officers',
        signerName: `签名人（${c.role}）`,
        method: 'screen',
        imagePng: signaturePng().toString('base64'),
      }),
    ),
  ],
  'GET /api/v1/records/{id}/signatures': [
    get('record:read', (w) => `/api/v1/records/${w.ids.record}/signatures`),
  ],
  'GET /api/v1/signatures/{id}/image': [
    get('record:read', (w) => `/api/v1/signatures/${w.ids.signature}/image`),
  ],
};
