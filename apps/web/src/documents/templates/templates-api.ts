import type { DocumentTemplate, RecordTypeId } from '@liuhen/domain';
import { API_BASE, call, csrfHeaders } from '../../api/client.ts';
import { ApiError, isProblem, localProblem } from '../../api/problem.ts';
import type { Schema } from '../../api/types.ts';

// 文书模板: the agency's template of each kind, saving a new version, and the PDF preview.

export type DocumentTemplateList = Schema<'DocumentTemplateList'>['items'];
export type DocumentTemplateView = Schema<'DocumentTemplateView'>;
export type TemplateValue = DocumentTemplateView['values'][number];

/** The API's template and the domain's are the same data; the domain's arrays are readonly. */
const asBody = (template: DocumentTemplate) => template as Schema<'DocumentTemplate'>;

export async function listDocumentTemplates(agencyId: string): Promise<DocumentTemplateList> {
  return (await call('listDocumentTemplates', { path: { id: agencyId } })).items;
}

export function getDocumentTemplate(
  agencyId: string,
  kind: RecordTypeId,
): Promise<DocumentTemplateView> {
  return call('getDocumentTemplate', { path: { id: agencyId, kind } });
}

export function saveDocumentTemplate(
  agencyId: string,
  expectedVersion: number | null,
  template: DocumentTemplate,
): Promise<DocumentTemplateView> {
  return call('saveDocumentTemplate', {
    path: { id: agencyId, kind: template.kind },
    body: { expectedVersion, template: asBody(template) },
  });
}

/** The template as a draft PDF of a made-up case; a refused template is an ApiError (400). */
export async function previewDocumentTemplate(
  agencyId: string,
  template: DocumentTemplate,
  signal?: AbortSignal,
): Promise<Blob> {
  const url = `${API_BASE}/agencies/${encodeURIComponent(agencyId)}/document-templates/${template.kind}/preview`;
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ template }),
    signal,
  });
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw new ApiError(
      isProblem(body)
        ? body
        : localProblem(response.status, '生成预览失败', `服务器返回了错误（${response.status}）。`),
    );
  }
  return response.blob();
}
