import type { RegionalHolidayLayer, RegionalLayerId } from '../api/calendar.ts';

// Which regional days off the agency's working days count (宁夏 开斋节、古尔邦节; 德宏 泼水节、
// 目瑙纵歌节、州庆), for the due calendar: its deadlines are counted with them.

export interface AppliedLayer {
  readonly id: RegionalLayerId;
  readonly name: string;
  /** 开斋节、古尔邦节: the festivals, in the order of the layer's first year. */
  readonly festivals: readonly string[];
  /** 2026年：开斋节 03-20（1 天）… one line per year entered. */
  readonly days: readonly string[];
  /** Some year was entered without the regional notice at hand. */
  readonly unverified: boolean;
}

/** The chosen layers as the calendar shows them, in the order the platform lists them. */
export function appliedLayers(
  chosen: readonly RegionalLayerId[],
  layers: readonly RegionalHolidayLayer[],
): AppliedLayer[] {
  return layers
    .filter((layer) => chosen.includes(layer.id))
    .map((layer) => ({
      id: layer.id,
      name: layer.name,
      festivals: [
        ...new Set(layer.years.flatMap((year) => year.daysOff.map((off) => off.festival))),
      ],
      days: layer.years.map(
        (year) =>
          `${year.year}年：${year.daysOff
            .map((off) => `${off.festival} ${off.from.slice(5)}（${off.days} 天）`)
            .join('、')}`,
      ),
      unverified: layer.years.some((year) => !year.verified),
    }));
}

/** 国家法定节假日 + 宁夏回族自治区（开斋节、古尔邦节）. */
export function workingDaysBasis(applied: readonly AppliedLayer[]): string {
  return ['国家法定节假日', ...applied.map((l) => `${l.name}（${l.festivals.join('、')}）`)].join(
    ' + ',
  );
}
