import { describe, expect, it } from 'vitest';
import type { RegionalHolidayLayer } from '../api/calendar.ts';
import { appliedLayers, workingDaysBasis } from './calendar-layers.ts';

const ningxia: RegionalHolidayLayer = {
  id: 'ningxia',
  name: '宁夏回族自治区',
  description: '开斋节、古尔邦节',
  years: [
    {
      year: 2026,
      source: '未核对原文',
      verified: false,
      daysOff: [
        { festival: '开斋节', from: '2026-03-20', to: '2026-03-20', days: 1 },
        { festival: '古尔邦节', from: '2026-05-27', to: '2026-05-28', days: 2 },
      ],
    },
    {
      year: 2027,
      source: '未核对原文',
      verified: false,
      daysOff: [{ festival: '开斋节', from: '2027-03-10', to: '2027-03-10', days: 1 }],
    },
  ],
};
const dehong: RegionalHolidayLayer = {
  id: 'dehong',
  name: '德宏傣族景颇族自治州',
  description: '泼水节',
  years: [
    {
      year: 2026,
      source: '核对',
      verified: true,
      daysOff: [{ festival: '泼水节', from: '2026-04-13', to: '2026-04-15', days: 3 }],
    },
  ],
};

describe('the regional days off the due calendar counts with', () => {
  it('lists only the layers the agency chose, with their festivals and days', () => {
    expect(appliedLayers(['ningxia'], [ningxia, dehong])).toEqual([
      {
        id: 'ningxia',
        name: '宁夏回族自治区',
        festivals: ['开斋节', '古尔邦节'],
        days: [
          '2026年：开斋节 03-20（1 天）、古尔邦节 05-27（2 天）',
          '2027年：开斋节 03-10（1 天）',
        ],
        unverified: true,
      },
    ]);
    expect(appliedLayers(['dehong'], [ningxia, dehong])[0]?.unverified).toBe(false);
    expect(appliedLayers([], [ningxia, dehong])).toEqual([]);
  });

  it('says what the working days are counted on', () => {
    expect(workingDaysBasis([])).toBe('国家法定节假日');
    expect(workingDaysBasis(appliedLayers(['ningxia', 'dehong'], [ningxia, dehong]))).toBe(
      '国家法定节假日 + 宁夏回族自治区（开斋节、古尔邦节） + 德宏傣族景颇族自治州（泼水节）',
    );
  });
});
