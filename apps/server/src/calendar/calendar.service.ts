import {
  builtInCalendar,
  daysOff,
  HOLIDAY_YEARS,
  isRegionalLayerId,
  NoticeParseError,
  noticeErrorInChinese,
  parseHolidayNotice,
  REGIONAL_LAYERS,
  type HolidayYear,
  type RegionalLayerId,
} from '@liuhen/domain';
import { eventActor, type Actor } from '../auth/actor.ts';
import type { Db } from '../db/database.ts';
import { uniqueViolation } from '../db/constraint-violation.ts';
import { runFindingsRefresh } from '../findings/schedule-findings-refresh.ts';
import { problems } from '../http/problem.ts';
import { requireAgencyInScope, requirePlatformAdmin } from '../identity/admin-scope.ts';
import { createAgenciesService } from '../identity/agencies.service.ts';
import type { Ledger } from '../ledger/ledger.ts';
import { agencyLayerIds, toHolidayYear } from './agency-calendar.ts';
import * as repository from './calendar.repository.ts';

/** The longest notice text accepted (the real ones are about 2 000 characters). */
export const MAX_NOTICE_LENGTH = 20_000;

function unparseable(error: NoticeParseError) {
  return problems.unprocessable(
    'holiday-notice-unparseable',
    '节假日通知无法解析',
    `无法从粘贴的文本中读出节假日安排：${noticeErrorInChinese(error.message)}。请粘贴国务院办公厅通知的全文（含标题、文号和“一、元旦：……”各项安排），并与原文逐项核对。`,
    { reason: error.message },
  );
}

function yearExists(year: number, source: 'built_in' | 'entered') {
  return problems.conflict(
    'holiday-year-exists',
    '该年度节假日安排已存在',
    source === 'built_in'
      ? `${year} 年的节假日安排已内置于系统，不能覆盖。如与国务院办公厅通知不一致，请联系系统维护人员更正。`
      : `${year} 年的节假日安排已经录入，不能覆盖。如录入有误，请联系系统维护人员更正。`,
    { year, source },
  );
}

function parse(text: string): HolidayYear {
  try {
    return parseHolidayNotice(text);
  } catch (error) {
    if (error instanceof NoticeParseError) throw unparseable(error);
    throw error;
  }
}

function yearView(year: HolidayYear) {
  return {
    year: year.year,
    notice: year.notice,
    documentNumber: year.documentNumber,
    arrangements: year.arrangements.map((arrangement) => ({
      ...arrangement,
      workdays: [...arrangement.workdays],
    })),
  };
}

/** What a clerk checks against the notice before saving: every day off and 调休上班 day. */
function previewOf(year: HolidayYear) {
  const view = yearView(year);
  return {
    ...view,
    arrangements: view.arrangements.map((arrangement) => ({
      ...arrangement,
      daysOffList: daysOff(arrangement) as string[],
    })),
  };
}

export function createCalendarService(db: Db, ledger: Ledger, now: () => Date) {
  // Who may see an agency is the agencies module's to say.
  const agencies = createAgenciesService(db, ledger);

  async function sourceOf(year: number): Promise<'built_in' | 'entered' | undefined> {
    if (HOLIDAY_YEARS.some((entry) => entry.year === year)) return 'built_in';
    const entered = await repository.listEnteredYears(db);
    return entered.some((row) => row.year === year) ? 'entered' : undefined;
  }

  return {
    /** Every known year, built in or entered, with where it comes from. */
    async listYears() {
      const entered = await repository.listEnteredYears(db);
      return [
        ...builtInCalendar().national.map((year) => ({
          ...yearView(year),
          source: 'built_in' as const,
          enteredAt: null,
        })),
        ...entered.map((row) => ({
          ...yearView(toHolidayYear(row)),
          source: 'entered' as const,
          enteredAt: row.createdAt.toISOString(),
        })),
      ].sort((a, b) => a.year - b.year);
    },

    /** Parses and checks the text; nothing is stored. */
    async preview(actor: Actor, text: string) {
      requirePlatformAdmin(actor);
      const year = parse(text);
      const existing = await sourceOf(year.year);
      return { ...previewOf(year), existing: existing ?? null };
    },

    /**
     * Stores the year, ledgered with the whole arrangement, then recomputes every open
     * case's findings: provisional deadlines in that year become exact.
     */
    async enter(actor: Actor, text: string) {
      requirePlatformAdmin(actor);
      const year = parse(text);
      const existing = await sourceOf(year.year);
      if (existing !== undefined) throw yearExists(year.year, existing);
      const row = await ledger.transaction(async (tx, record) => {
        const inserted = await repository
          .insertEnteredYear(tx, {
            year: year.year,
            notice: year.notice,
            documentNumber: year.documentNumber,
            arrangements: [...year.arrangements],
            noticeText: text,
            enteredBy: actor.id,
          })
          .catch((error: unknown) => {
            if (uniqueViolation(error) !== undefined) throw yearExists(year.year, 'entered');
            throw error;
          });
        await record({
          action: 'calendar.holiday_year_entered',
          agencyId: null,
          actor: eventActor(actor),
          target: { type: 'holiday_year', id: String(year.year) },
          data: {
            year: year.year,
            notice: year.notice,
            documentNumber: year.documentNumber,
            arrangements: year.arrangements.map((a) => ({ ...a, workdays: [...a.workdays] })),
          },
        });
        return inserted;
      });
      const refresh = await runFindingsRefresh(db, now);
      return {
        ...previewOf(toHolidayYear(row)),
        enteredAt: row.createdAt.toISOString(),
        findingsRefreshed: refresh.refreshed,
      };
    },

    /** The regional layers there are, with their years and whether each was verified. */
    listLayers() {
      return REGIONAL_LAYERS.map((layer) => ({
        ...layer,
        years: layer.years.map((year) => ({
          ...year,
          daysOff: year.daysOff.map((off) => ({ ...off })),
        })),
      }));
    },

    async agencyLayers(actor: Actor, agencyId: string) {
      await agencies.getAgency(actor, agencyId);
      return agencyLayerIds(db, agencyId);
    },

    /** The agency's choice of layers, ledgered; its findings are recomputed afterwards. */
    async setAgencyLayers(actor: Actor, agencyId: string, layers: readonly string[]) {
      requireAgencyInScope(actor, agencyId, '该执法机关');
      await agencies.getAgency(actor, agencyId);
      const after = [...new Set(layers)].filter(isRegionalLayerId) as RegionalLayerId[];
      await ledger.transaction(async (tx, record) => {
        const before = await agencyLayerIds(tx, agencyId);
        await repository.saveAgencyLayers(tx, { agencyId, layers: after, setBy: actor.id });
        await record({
          action: 'calendar.agency_layers_set',
          agencyId,
          actor: eventActor(actor),
          target: { type: 'agency', id: agencyId },
          data: { before, after },
        });
      });
      await runFindingsRefresh(db, now);
      return after;
    },
  };
}

export type CalendarService = ReturnType<typeof createCalendarService>;
