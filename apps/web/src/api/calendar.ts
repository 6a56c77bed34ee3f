import { call } from './client.ts';
import type { Schema } from './types.ts';

export type HolidayYear = Schema<'HolidayYear'>;
export type HolidayNoticePreview = Schema<'HolidayNoticePreview'>;
export type HolidayYearEntered = Schema<'HolidayYearEntered'>;
export type RegionalHolidayLayer = Schema<'RegionalHolidayLayer'>;
export type RegionalLayerId = RegionalHolidayLayer['id'];

export function listHolidayYears(): Promise<HolidayYear[]> {
  return call('listHolidayYears');
}

export function previewHolidayNotice(text: string): Promise<HolidayNoticePreview> {
  return call('previewHolidayNotice', { body: { text } });
}

export function enterHolidayYear(text: string): Promise<HolidayYearEntered> {
  return call('enterHolidayYear', { body: { text } });
}

export function listRegionalLayers(): Promise<RegionalHolidayLayer[]> {
  return call('listRegionalHolidayLayers');
}

export async function getAgencyLayers(agencyId: string): Promise<RegionalLayerId[]> {
  return (await call('getAgencyHolidayLayers', { path: { id: agencyId } })).layers;
}

export async function setAgencyLayers(
  agencyId: string,
  layers: RegionalLayerId[],
): Promise<RegionalLayerId[]> {
  return (await call('setAgencyHolidayLayers', { path: { id: agencyId }, body: { layers } }))
    .layers;
}
