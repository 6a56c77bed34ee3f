import { defaultTemplate } from '@liuhen/domain';
import { RECORDS, addRecord } from '../case-fixtures.ts';
import type { World } from '../route-matrix-world.ts';
import type { Variant } from './variants.ts';
import { get, write, writeFresh } from './variants.ts';

/** A document of its own for a role allowed to void one (a void is for good). */
async function freshDocument(world: World): Promise<string> {
  const record = await addRecord(world.handler.client, world.ids.case, RECORDS.caseSource());
  const issued = await world.handler.client.post(`/api/v1/records/${record.id}/issue`);
  if (issued.statusCode !== 201) throw new Error(`issue failed: ${issued.body}`);
  return (issued.json() as { id: string }).id;
}

/**
 * 执法文书 (issue 16): settings and templates as the profile's; drafts, the list and the issued PDF as the
 * record's readers; issuing and voiding as the case's workers; verification for everyone.
 */
export const DOCUMENTS_ROUTES: Readonly<Record<string, readonly Variant[]>> = {
  'GET /api/v1/agencies/{id}/document-settings': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/document-settings`),
  ],
  // Allowed: 409 (no such version); nothing changes either way.
  'PUT /api/v1/agencies/{id}/document-settings': [
    write(
      'agencyProfile:edit',
      'PUT',
      (w) => `/api/v1/agencies/${w.agencyId}/document-settings`,
      () => ({
        expectedVersion: 999,
        masthead: '常山县综合行政执法局',
        reconsiderationBody: '常山县人民政府',
        court: '常山县人民法院',
        paymentInstructions: '',
        numberPatterns: {},
      }),
    ),
  ],
  'GET /api/v1/agencies/{id}/document-templates': [
    get('agencyProfile:read', (w) => `/api/v1/agencies/${w.agencyId}/document-templates`),
  ],
  'GET /api/v1/agencies/{id}/document-templates/{kind}': [
    get(
      'agencyProfile:read',
      (w) => `/api/v1/agencies/${w.agencyId}/document-templates/rights_notice`,
    ),
  ],
  // Allowed: 409 (no such version); nothing changes either way.
  'PUT /api/v1/agencies/{id}/document-templates/{kind}': [
    write(
      'agencyProfile:edit',
      'PUT',
      (w) => `/api/v1/agencies/${w.agencyId}/document-templates/rights_notice`,
      () => ({ expectedVersion: 999, template: defaultTemplate('rights_notice') }),
    ),
  ],
  // A preview is a read: whoever reads the agency's templates sees one on made-up data.
  'POST /api/v1/agencies/{id}/document-templates/{kind}/preview': [
    write(
      'agencyProfile:read',
      'POST',
      (w) => `/api/v1/agencies/${w.agencyId}/document-templates/rights_notice/preview`,
      () => ({ template: defaultTemplate('rights_notice') }),
    ),
  ],
  'GET /api/v1/records/{id}/document': [
    get('record:read', (w) => `/api/v1/records/${w.ids.record}/document?format=pdf`),
  ],
  // Allowed: 409 (issued already); nothing changes either way.
  'POST /api/v1/records/{id}/issue': [
    write('case:work', 'POST', (w) => `/api/v1/records/${w.ids.record}/issue`),
  ],
  'GET /api/v1/cases/{id}/documents': [
    get('record:read', (w) => `/api/v1/cases/${w.ids.case}/documents`),
  ],
  'GET /api/v1/documents/{id}': [get('record:read', (w) => `/api/v1/documents/${w.ids.document}`)],
  'GET /api/v1/documents/{id}/pdf': [
    get('record:read', (w) => `/api/v1/documents/${w.ids.document}/pdf`),
  ],
  // Allowed: 409 while no signed checkpoint covers the issuing yet.
  'GET /api/v1/documents/{id}/proof': [
    get('record:read', (w) => `/api/v1/documents/${w.ids.document}/proof`),
  ],
  'POST /api/v1/cases/{id}/documents/print': [
    write(
      'record:read',
      'POST',
      (w) => `/api/v1/cases/${w.ids.case}/documents/print`,
      ({ world }) => ({ documentIds: [world.ids.document] }),
    ),
  ],
  // Nobody by role: only an approved 当事人复制 request, which the world does not hold.
  'POST /api/v1/documents/{id}/party-copy': [
    write('document:partyCopy', 'POST', (w) => `/api/v1/documents/${w.ids.document}/party-copy`),
  ],
  'POST /api/v1/documents/{id}/void': [
    writeFresh(
      'case:work',
      'POST',
      (w) => w.ids.document,
      (w) => freshDocument(w),
      (id) => `/api/v1/documents/${id}/void`,
      () => ({ reason: '文书内容有误，重新制作' }),
    ),
  ],
  'GET /api/v1/public/documents/{code}': [
    get('public', (w) => `/api/v1/public/documents/${w.ids.documentCode}`),
  ],

  // Public and without a body schema of JSON: the PDF as a person's browser uploads it.
  'POST /api/v1/public/documents/{code}/compare': [
    {
      rule: 'public',
      call: ({ client, world }) =>
        client.app.inject({
          method: 'POST',
          url: `/api/v1/public/documents/${world.ids.documentCode}/compare`,
          headers: {
            'content-type': 'application/pdf',
            ...(client.cookie ? { cookie: client.cookie } : {}),
          },
          payload: Buffer.from('%PDF-1.7 not the document'),
        }),
    },
  ],
  // 电子送达: a new delivery of its own for each allowed caller; the shared one is untouched.
  'POST /api/v1/documents/{id}/deliveries': [
    write(
      'case:work',
      'POST',
      (w) => `/api/v1/documents/${w.ids.document}/deliveries`,
      () => ({
        recipientName: '某某贸易有限公司',
        address: '手机 139 0000 0000',
        consent: '已签署确认书',
      }),
    ),
  ],
  'GET /api/v1/documents/{id}/deliveries': [
    get('record:read', (w) => `/api/v1/documents/${w.ids.document}/deliveries`),
  ],
  // Allowed: 409 until the party opens the link, or the receipt once it has.
  'GET /api/v1/deliveries/{id}/receipt': [
    get('record:read', (w) => `/api/v1/deliveries/${w.ids.delivery}/receipt`),
  ],
  'GET /api/v1/public/deliveries/{token}': [
    get('public', (w) => `/api/v1/public/deliveries/${w.ids.deliveryToken}`),
  ],
  'GET /api/v1/public/deliveries/{token}/pdf': [
    get('public', (w) => `/api/v1/public/deliveries/${w.ids.deliveryToken}/pdf`),
  ],
};
