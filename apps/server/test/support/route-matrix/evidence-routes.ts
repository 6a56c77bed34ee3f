import type { Variant } from './variants.ts';
import {
  posterMissing,
  copyNotPossible,
  allowed,
  tus,
  contentUrl,
  get,
  write,
  writeFresh,
  avBody,
} from './variants.ts';

/** Uploads, AV records and stored objects, body cameras and docked files. */
export const EVIDENCE_ROUTES: Readonly<Record<string, readonly Variant[]>> = {
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
    get('inbox:list', (w) => `/api/v1/imported-files/${w.ids.incidentFile}`, 'on an incident'),
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
    write(
      'inbox:view',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.incidentFile}/access`,
      () => ({ purpose: 'view', reason: '核对事件现场' }),
      'incident, view',
    ),
    write(
      'incident:download',
      'POST',
      (w) => `/api/v1/imported-files/${w.ids.incidentFile}/access`,
      () => ({ purpose: 'download', reason: '刻录光盘永久保存' }),
      'incident, download',
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
    {
      label: 'on an incident',
      rule: 'inbox:view',
      anyRefusal: true,
      call: async (c) =>
        c.client.get(await contentUrl(c, 'imported-files', c.world.ids.incidentFile)),
    },
  ],
};
