import { canonicalJsonText, yearOf, todayInShanghai, type RecordTypeId } from '@liuhen/domain';
import { createHash } from 'node:crypto';
import { eventActor, type Actor } from '../auth/actor.ts';
import { displayNames } from '../body-cameras/body-cameras.repository.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import type { Db } from '../db/database.ts';
import { Problem, problems } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import type { AgencyProfilesService } from '../profiles/agency-profiles.service.ts';
import { requireDocumentEditor } from './document-editors.ts';
import type { DocumentSettingsInput } from './document-settings-schemas.ts';
import * as repository from './document-settings.repository.ts';
import { effectiveDocumentSettings, effectivePatterns } from './document-settings.ts';

const staleVersion = () =>
  new Problem(
    409,
    'document-settings-version-stale',
    '文书设置已被他人修改',
    '本机关的文书设置在您编辑期间已保存了新版本。请刷新后在最新版本上重新修改。',
  );

export function createDocumentSettingsService(
  db: Db,
  ledger: Ledger,
  agencyProfiles: AgencyProfilesService,
  now: () => Date,
) {
  async function view(agencyId: string) {
    const agency = await findAgency(db, agencyId);
    if (agency === undefined) throw problems.notFound('该执法机关');
    const row = await repository.latestSettings(db, agencyId);
    const settings = effectiveDocumentSettings(agency, row);
    const [savedByName] =
      row === undefined
        ? [null]
        : [(await displayNames(db, [row.savedBy])).get(row.savedBy) ?? null];
    return {
      agencyId,
      version: settings.version,
      masthead: settings.masthead,
      reconsiderationBody: settings.reconsiderationBody,
      court: settings.court,
      paymentInstructions: settings.paymentInstructions ?? '',
      numberPatterns: settings.ownPatterns,
      effectivePatterns: effectivePatterns(settings, yearOf(todayInShanghai(now()))),
      savedAt: row?.savedAt.toISOString() ?? null,
      savedByName,
    };
  }

  return {
    async get(actor: Actor, agencyId: string) {
      await agencyProfiles.readableAgency(actor, agencyId);
      return view(agencyId);
    },

    async save(actor: Actor, agencyId: string, input: DocumentSettingsInput) {
      requireDocumentEditor(actor, agencyId, '文书设置');
      await agencyProfiles.readableAgency(actor, agencyId);
      await ledger.transaction(async (tx, record) => {
        const latest = await repository.latestSettings(tx, agencyId);
        if ((latest?.version ?? null) !== input.expectedVersion) throw staleVersion();
        const version = (latest?.version ?? 0) + 1;
        const numberPatterns = Object.fromEntries(
          Object.entries(input.numberPatterns).map(([kind, pattern]) => [kind, pattern.trim()]),
        ) as Partial<Record<RecordTypeId, string>>;
        const saved = {
          masthead: input.masthead,
          reconsiderationBody: input.reconsiderationBody,
          court: input.court,
          paymentInstructions: input.paymentInstructions,
          numberPatterns,
        };
        await repository
          .insertSettings(tx, { agencyId, version, ...saved, savedBy: actor.id, savedAt: now() })
          .catch((error: unknown) => {
            if (uniqueViolation(error) !== undefined) throw staleVersion();
            throw error;
          });
        await record({
          action: 'document.settings_saved',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'agency', id: agencyId },
          hashes: [
            {
              name: 'document-settings.json',
              algorithm: 'sha256',
              hex: createHash('sha256').update(canonicalJsonText(saved)).digest('hex'),
            },
          ],
          data: { version, patternKinds: Object.keys(numberPatterns) as RecordTypeId[] },
        });
      });
      return view(agencyId);
    },
  };
}

export type DocumentSettingsService = ReturnType<typeof createDocumentSettingsService>;
