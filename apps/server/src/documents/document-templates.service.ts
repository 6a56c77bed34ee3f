import {
  canonicalJsonText,
  composeDocument,
  defaultTemplate,
  RECORD_TYPE_IDS,
  sampleDocumentData,
  templateProblems,
  templateValueMenu,
  type DocumentTemplate,
  type RecordTypeId,
} from '@liuhen/domain';
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { eventActor, type Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db } from '../db/database.ts';
import { Problem, type InvalidParam } from '../http/problem.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { AgencyProfilesService } from '../profiles/agency-profiles.service.ts';
import { requireDocumentEditor } from './document-editors.ts';
import type { DocumentRenderer } from './document-renderer.ts';
import { latestSettings } from './document-settings.repository.ts';
import { effectiveDocumentSettings } from './document-settings.ts';
import type { documentTemplateSchema } from './document-templates-schemas.ts';
import * as repository from './document-templates.repository.ts';
import type { DocumentTemplateRow } from './document-templates.repository.ts';

const staleVersion = () =>
  new Problem(
    409,
    'document-template-version-stale',
    '文书模板已被他人修改',
    '该类文书的模板在您编辑期间已保存了新版本。请刷新后在最新版本上重新修改。',
  );

/**
 * A template the domain refuses (an unknown place-holder, an item the law requires left
 * out): the same `validation-failed` as a malformed body, each problem named where the
 * editor shows it (`body.template.blocks.3.text`), the messages themselves as the detail.
 */
function templateRefused(params: readonly InvalidParam[]) {
  return new Problem(
    400,
    'validation-failed',
    '文书模板有误',
    `请修改模板后重试：${[...new Set(params.map((param) => param.reason))].join('；')}`,
    { invalidParams: params },
  );
}

function checked(kind: RecordTypeId, template: DocumentTemplate): DocumentTemplate {
  if (template.kind !== kind) {
    throw templateRefused([
      { name: 'body.template.kind', reason: '模板的文书种类与所编辑的文书不一致' },
    ]);
  }
  const found = templateProblems(template);
  if (found.length > 0) {
    throw templateRefused(
      found.map((problem) => ({ name: `body.template.${problem.path}`, reason: problem.message })),
    );
  }
  return template;
}

/** The template as the response schema types it (the same data; only its arrays are not readonly). */
const asBody = (template: DocumentTemplate) => template as z.output<typeof documentTemplateSchema>;

const digestOf = (template: DocumentTemplate) =>
  createHash('sha256').update(canonicalJsonText(template)).digest('hex');

const matchesDefault = (template: DocumentTemplate) =>
  canonicalJsonText(template) === canonicalJsonText(defaultTemplate(template.kind));

export interface DocumentTemplatesDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly agencyProfiles: AgencyProfilesService;
  readonly renderer: DocumentRenderer;
  readonly now: () => Date;
}

/**
 * 文书模板: each agency may reword, reorder and add to the template of every kind of document,
 * one version after another (issuing takes the newest, and the issued document records which);
 * a template that leaves out what the catalogue or the law requires is refused. Its readers
 * see the templates and preview them on made-up data; its head or administrator saves.
 */
export function createDocumentTemplatesService(deps: DocumentTemplatesDependencies) {
  const { db, ledger, agencyProfiles, renderer, now } = deps;

  async function savedBy(row: DocumentTemplateRow | undefined) {
    if (row === undefined) return null;
    return (await displayNames(db, [row.savedBy])).get(row.savedBy) ?? null;
  }

  async function view(agencyId: string, kind: RecordTypeId) {
    const row = await repository.latestTemplate(db, agencyId, kind);
    const template = row?.template ?? defaultTemplate(kind);
    return {
      agencyId,
      kind,
      version: row?.version ?? null,
      savedAt: row?.savedAt.toISOString() ?? null,
      savedByName: await savedBy(row),
      matchesDefault: matchesDefault(template),
      template: asBody(template),
      defaultTemplate: asBody(defaultTemplate(kind)),
      values: templateValueMenu(kind),
    };
  }

  return {
    async list(actor: Actor, agencyId: string) {
      await agencyProfiles.readableAgency(actor, agencyId);
      const rows = new Map(
        (await repository.latestTemplates(db, agencyId)).map((row) => [row.kind, row]),
      );
      const names = await displayNames(
        db,
        [...rows.values()].map((row) => row.savedBy),
      );
      return {
        items: RECORD_TYPE_IDS.map((kind) => {
          const row = rows.get(kind);
          const template = row?.template ?? defaultTemplate(kind);
          return {
            kind,
            title: template.title,
            version: row?.version ?? null,
            savedAt: row?.savedAt.toISOString() ?? null,
            savedByName: row === undefined ? null : (names.get(row.savedBy) ?? null),
            matchesDefault: matchesDefault(template),
          };
        }),
      };
    },

    async get(actor: Actor, agencyId: string, kind: RecordTypeId) {
      await agencyProfiles.readableAgency(actor, agencyId);
      return view(agencyId, kind);
    },

    /** A new version; 恢复默认 is the built-in template saved as one (nothing is deleted). */
    async save(
      actor: Actor,
      agencyId: string,
      kind: RecordTypeId,
      input: { expectedVersion: number | null; template: DocumentTemplate },
    ) {
      requireDocumentEditor(actor, agencyId, '文书模板');
      await agencyProfiles.readableAgency(actor, agencyId);
      const template = checked(kind, input.template);
      await ledger.transaction(async (tx, record) => {
        const latest = await repository.latestTemplate(tx, agencyId, kind);
        if ((latest?.version ?? null) !== input.expectedVersion) throw staleVersion();
        const version = (latest?.version ?? 0) + 1;
        await repository
          .insertTemplate(tx, {
            agencyId,
            kind,
            version,
            template,
            savedBy: actor.id,
            savedAt: now(),
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) !== undefined) throw staleVersion();
            throw error;
          });
        await record({
          action: 'document.template_saved',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'agency', id: agencyId },
          hashes: [
            { name: 'document-template.json', algorithm: 'sha256', hex: digestOf(template) },
          ],
          data: { kind, version, title: template.title, matchesDefault: matchesDefault(template) },
        });
      });
      return view(agencyId, kind);
    },

    /**
     * The template as a draft PDF of a made-up case, under the agency's own masthead, 复议机关
     * and court where it has set them: what a template reads like before anyone saves it.
     */
    async preview(actor: Actor, agencyId: string, kind: RecordTypeId, draft: DocumentTemplate) {
      const agency = await agencyProfiles.readableAgency(actor, agencyId);
      const template = checked(kind, draft);
      const settings = effectiveDocumentSettings(agency, await latestSettings(db, agencyId));
      const sample = sampleDocumentData(kind);
      const data = {
        ...sample,
        agency: { name: settings.masthead },
        remedies: {
          reconsiderationBody: settings.reconsiderationBody ?? sample.remedies.reconsiderationBody,
          court: settings.court ?? sample.remedies.court,
        },
        paymentInstructions: settings.paymentInstructions ?? sample.paymentInstructions,
      };
      const bytes = await renderer.pdf(composeDocument(template, data), now());
      return { bytes, fileName: `${template.title}（模板预览）.pdf` };
    },
  };
}

export type DocumentTemplatesService = ReturnType<typeof createDocumentTemplatesService>;
