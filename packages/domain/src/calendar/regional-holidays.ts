/**
 * Regional holidays (地方性节假日): days off that a provincial or autonomous-prefecture
 * government grants on top of the State Council's national arrangement, for everyone in its
 * territory. An agency in that territory chooses the layer (agency setting); its working
 * days are then the national ones minus the layer's days off.
 *
 * The dates below were entered WITHOUT access to the original regional notices (no
 * internet where they were written). Islamic festivals follow the moon sighting announced
 * each year, so their dates here are the expected Gregorian dates, and the number of days
 * follows the regional rules as remembered. Every year therefore carries `verified: false`
 * and a `source` that says so: an administrator must check each against the government's
 * published notice before relying on it. A layer without a year counts that year as not
 * covered, so deadlines there stay provisional (the conservative, earliest end) rather
 * than silently ignoring the regional days off.
 */
export interface RegionalDaysOff {
  /** The festival as the regional notice names it. */
  readonly festival: string;
  /** First and last day off, inclusive (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  /** Stated total; equals the length of the range. */
  readonly days: number;
}

export interface RegionalYear {
  readonly year: number;
  /** Where the dates come from, and whether anyone checked them against the original. */
  readonly source: string;
  readonly verified: boolean;
  readonly daysOff: readonly RegionalDaysOff[];
}

export const REGIONAL_LAYER_IDS = ['ningxia', 'dehong'] as const;
export type RegionalLayerId = (typeof REGIONAL_LAYER_IDS)[number];

export interface RegionalLayer {
  readonly id: RegionalLayerId;
  /** 宁夏回族自治区 … */
  readonly name: string;
  /** What the layer holds, for the agency's administrator. */
  readonly description: string;
  readonly years: readonly RegionalYear[];
}

const UNVERIFIED_NINGXIA =
  '未核对原文：按宁夏回族自治区人民政府每年发布的开斋节、古尔邦节放假通知的惯例（开斋节 1 天、古尔邦节 2 天）' +
  '和预计的伊斯兰历日期录入；实际日期以当年自治区人民政府办公厅通知为准，请管理员核对后使用。';
const UNVERIFIED_DEHONG =
  '未核对原文：按德宏傣族景颇族自治州自治条例及州人民政府放假通知的惯例（泼水节、目瑙纵歌节、州庆）录入；' +
  '实际日期以当年州人民政府通知为准，请管理员核对后使用。';

export const REGIONAL_LAYERS: readonly RegionalLayer[] = [
  {
    id: 'ningxia',
    name: '宁夏回族自治区',
    description: '开斋节、古尔邦节（自治区全体放假）',
    years: [
      {
        year: 2026,
        source: UNVERIFIED_NINGXIA,
        verified: false,
        daysOff: [
          { festival: '开斋节', from: '2026-03-20', to: '2026-03-20', days: 1 },
          { festival: '古尔邦节', from: '2026-05-27', to: '2026-05-28', days: 2 },
        ],
      },
      {
        year: 2027,
        source: UNVERIFIED_NINGXIA,
        verified: false,
        daysOff: [
          { festival: '开斋节', from: '2027-03-10', to: '2027-03-10', days: 1 },
          { festival: '古尔邦节', from: '2027-05-17', to: '2027-05-18', days: 2 },
        ],
      },
    ],
  },
  {
    id: 'dehong',
    name: '德宏傣族景颇族自治州',
    description: '泼水节、目瑙纵歌节、州庆（全州放假）',
    years: [
      {
        year: 2026,
        source: UNVERIFIED_DEHONG,
        verified: false,
        daysOff: [
          // 目瑙纵歌节: 农历正月十五 (2026-03-03) and the day after.
          { festival: '目瑙纵歌节', from: '2026-03-03', to: '2026-03-04', days: 2 },
          { festival: '泼水节', from: '2026-04-13', to: '2026-04-15', days: 3 },
          // 州庆: 德宏州 was founded on 1953-07-24.
          { festival: '州庆', from: '2026-07-24', to: '2026-07-24', days: 1 },
        ],
      },
      {
        year: 2027,
        source: UNVERIFIED_DEHONG,
        verified: false,
        daysOff: [
          // 农历正月十五 is 2027-02-20 (a Saturday); the days off are counted as stated.
          { festival: '目瑙纵歌节', from: '2027-02-20', to: '2027-02-21', days: 2 },
          { festival: '泼水节', from: '2027-04-13', to: '2027-04-15', days: 3 },
          { festival: '州庆', from: '2027-07-24', to: '2027-07-24', days: 1 },
        ],
      },
    ],
  },
];

export function isRegionalLayerId(value: unknown): value is RegionalLayerId {
  return typeof value === 'string' && (REGIONAL_LAYER_IDS as readonly string[]).includes(value);
}

export function regionalLayer(id: RegionalLayerId): RegionalLayer {
  return REGIONAL_LAYERS.find((layer) => layer.id === id)!;
}
