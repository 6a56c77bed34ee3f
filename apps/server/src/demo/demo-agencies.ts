import type { RegionalLayerId } from '@liuhen/domain';

/** One demo agency per built-in profile, named after the regulation's issuer. */
export interface DemoAgency {
  readonly profileId: string;
  readonly name: string;
  readonly code: string;
  /** Where it sits: its 复议机关 is that level's people's government, its court that place's. */
  readonly seat: string;
  /** Username prefix: `demo004.zhang`. */
  readonly prefix: string;
  readonly department: string;
  /** The regional days off its working days count (an autonomous region's or prefecture's). */
  readonly holidayLayers?: readonly RegionalLayerId[];
}

export const DEMO_AGENCIES: readonly DemoAgency[] = [
  {
    profileId: 'seed-000',
    name: '冠县柳林镇人民政府（演示）',
    code: '柳政演',
    seat: '冠县',
    prefix: 'demo000',
    department: '综合行政执法办公室',
  },
  {
    profileId: 'seed-001',
    name: '平罗县退役军人事务局（演示）',
    code: '平退演',
    seat: '平罗县',
    prefix: 'demo001',
    department: '优抚安置科',
    // 平罗县 is in 宁夏回族自治区: 开斋节 and 古尔邦节 are days off there.
    holidayLayers: ['ningxia'],
  },
  {
    profileId: 'seed-002',
    name: '长治市民族宗教事务局（演示）',
    code: '长民宗演',
    seat: '长治市',
    prefix: 'demo002',
    department: '政策法规科',
  },
  {
    profileId: 'seed-003',
    name: '德宏州市场监督管理局（演示）',
    code: '德市监演',
    seat: '德宏傣族景颇族自治州',
    prefix: 'demo003',
    department: '执法稽查科',
    // 德宏傣族景颇族自治州: 泼水节, 目瑙纵歌节 and 州庆.
    holidayLayers: ['dehong'],
  },
  {
    profileId: 'seed-004',
    name: '常山县综合行政执法局（演示）',
    code: '常综执演',
    seat: '常山县',
    prefix: 'demo004',
    department: '执法一中队',
  },
];

/** The people of each demo agency: role, login suffix, name, certificate number suffix. */
export const DEMO_PEOPLE = [
  { key: 'handler', roles: ['officer'], login: 'zhang', name: '张明', certificate: '001' },
  { key: 'assistant', roles: ['officer'], login: 'li', name: '李华', certificate: '002' },
  { key: 'head', roles: ['department_head'], login: 'chen', name: '陈队长' },
  { key: 'chief', roles: ['agency_head'], login: 'zhou', name: '周局长' },
  { key: 'legal', roles: ['legal_reviewer'], login: 'wu', name: '吴法制' },
] as const;

export type DemoPersonKey = (typeof DEMO_PEOPLE)[number]['key'];

/** Every demo user's password; the demo is for looking around, not for real data. */
export const DEMO_PASSWORD = 'Yanshi-2026-liuhen';
