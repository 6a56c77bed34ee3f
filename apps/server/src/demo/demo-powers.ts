import type { InjectClient } from './inject-client.ts';

/**
 * 权责清单 of the demo agencies: EXAMPLES for trying the product, not any agency's real list.
 * The provisions are those of the national regulations as we know them (《城市市容和环境卫生
 * 管理条例》第十一条、第十四条、第十七条、第三十四条、第三十六条; 《城市道路管理条例》第二十七条、
 * 第四十二条; 《城乡规划法》第四十条、第六十四条 — quoted from memory, not from a copy in the
 * repository). Where a regulation leaves the amount to local rules, the ranges and the
 * 裁量基准 here are made up for the demo, as the codes (示例-…) say.
 */
export const DEMO_POWERS = {
  materials: {
    code: '示例-001',
    name: '对擅自在街道两侧和公共场地堆放物料的处罚',
    category: 'penalty',
    provisionViolated: '《城市市容和环境卫生管理条例》第十四条',
    provisionApplied: '《城市市容和环境卫生管理条例》第三十六条第（二）项',
    penaltyKinds: ['fine'],
    fineMax: '5000',
    levels: [
      {
        label: '轻微',
        circumstances: '堆放面积不足 10 平方米，经责令后立即清理',
        fineMax: '500',
        otherMeasures: '责令限期清理',
      },
      {
        label: '一般',
        circumstances: '堆放面积 10 至 50 平方米，或逾期未清理',
        fineMin: '500',
        fineMax: '2000',
      },
      {
        label: '严重',
        circumstances: '堆放面积超过 50 平方米，或影响通行、造成安全隐患',
        fineMin: '2000',
        fineMax: '5000',
      },
    ],
  },
  roads: {
    code: '示例-002',
    name: '对擅自占用城市道路的处罚',
    category: 'penalty',
    provisionViolated: '《城市道路管理条例》第二十七条第（一）项',
    provisionApplied: '《城市道路管理条例》第四十二条',
    penaltyKinds: ['fine'],
    fineMax: '20000',
    levels: [
      { label: '轻微', circumstances: '首次占道且及时改正', fineMax: '1000' },
      { label: '一般', circumstances: '占道经营经劝阻仍不改正', fineMin: '1000', fineMax: '5000' },
      { label: '较重', circumstances: '多次占道或占用面积较大', fineMin: '5000', fineMax: '10000' },
      {
        label: '严重',
        circumstances: '造成交通阻塞或安全事故',
        fineMin: '10000',
        fineMax: '20000',
      },
    ],
  },
  outdoorAds: {
    code: '示例-003',
    name: '对擅自设置大型户外广告影响市容的处罚',
    category: 'penalty',
    provisionViolated: '《城市市容和环境卫生管理条例》第十一条',
    provisionApplied: '《城市市容和环境卫生管理条例》第三十六条第（一）项',
    penaltyKinds: ['fine'],
    fineMax: '10000',
  },
  flyposting: {
    code: '示例-004',
    name: '对在城市建筑物、设施上擅自张贴宣传品的处罚',
    category: 'penalty',
    provisionViolated: '《城市市容和环境卫生管理条例》第十七条',
    provisionApplied: '《城市市容和环境卫生管理条例》第三十四条第（二）项',
    penaltyKinds: ['warning', 'fine'],
    fineMax: '200',
    levels: [
      { label: '轻微', circumstances: '首次违法且及时清除', otherMeasures: '警告' },
      { label: '一般', circumstances: '经责令后仍未清除', fineMin: '50', fineMax: '200' },
    ],
  },
  unauthorisedBuilding: {
    code: '示例-005',
    name: '对未取得建设工程规划许可证进行建设的处罚',
    category: 'penalty',
    provisionViolated: '《中华人民共和国城乡规划法》第四十条第一款',
    provisionApplied: '《中华人民共和国城乡规划法》第六十四条',
    penaltyKinds: ['fine', 'confiscate_illegal_property', 'confiscate_illegal_gains'],
    levels: [
      {
        label: '可改正',
        circumstances: '尚可采取改正措施消除对规划实施的影响',
        otherMeasures: '责令停止建设、限期改正，处建设工程造价百分之五以上百分之十以下的罚款',
      },
      {
        label: '不可改正',
        circumstances: '无法采取改正措施消除影响',
        otherMeasures:
          '限期拆除；不能拆除的，没收实物或者违法收入，可以并处建设工程造价百分之十以下的罚款',
      },
    ],
  },
} as const;

export type DemoPowerKey = keyof typeof DEMO_POWERS;
export type DemoPowerIds = Record<DemoPowerKey, { id: string; version: number }>;

/**
 * The agency head keeps the list: every example power, and one edit so the version history
 * has something to show.
 */
export async function seedDemoPowers(chief: InjectClient, agencyId: string): Promise<DemoPowerIds> {
  const url = `/api/v1/agencies/${agencyId}/powers`;
  const ids = {} as Record<DemoPowerKey, { id: string; version: number }>;
  for (const [key, power] of Object.entries(DEMO_POWERS) as [DemoPowerKey, object][]) {
    ids[key] = await chief.post<{ id: string; version: number }>(url, power);
  }
  const ads = DEMO_POWERS.outdoorAds;
  ids.outdoorAds = await chief.put<{ id: string; version: number }>(`${url}/${ids.outdoorAds.id}`, {
    ...ads,
    expectedVersion: 1,
    note: '增设裁量基准（示例）',
    levels: [
      { label: '一般', circumstances: '面积不足 10 平方米，责令后限期拆除', fineMax: '3000' },
      {
        label: '严重',
        circumstances: '面积 10 平方米以上或拒不拆除',
        fineMin: '3000',
        fineMax: '10000',
      },
    ],
  });
  return ids;
}

/** 案件事实 of a demo case at the decision stage, as its handler writes them. */
export function demoCaseFacts(
  kind: 'materials' | 'unauthorisedBuilding',
  powers: DemoPowerIds,
): Record<string, unknown> {
  if (kind === 'materials') {
    return {
      expectedVersion: 0,
      facts:
        '经查，当事人未经批准，自本月初起在其经营场所门前人行道上堆放砂石、砖块等建筑材料，堆放面积约 30 平方米，经执法人员责令限期清理后逾期仍未清理，影响市容和通行。',
      evidence: ['现场检查笔录', '现场照片六张', '询问笔录', '责令限期改正通知书'],
      violations: [
        {
          powerId: powers.materials.id,
          powerVersion: powers.materials.version,
          conduct: '未经批准擅自在街道两侧堆放物料，影响市容',
          discretionLevel: '一般',
        },
      ],
      penalties: [{ kind: 'fine', amount: '1500' }],
    };
  }
  return {
    expectedVersion: 0,
    facts:
      '经查，当事人未取得建设工程规划许可证，在其院内擅自搭建砖混结构房屋一间，建筑面积约 45 平方米，经测算建设工程造价约 86,000 元。该建设尚可采取改正措施消除对规划实施的影响。',
    evidence: ['现场勘验笔录', '测绘报告', '工程造价鉴定意见', '询问笔录', '现场照片十张'],
    violations: [
      {
        powerId: powers.unauthorisedBuilding.id,
        powerVersion: powers.unauthorisedBuilding.version,
        conduct: '未取得建设工程规划许可证擅自进行建设',
        discretionLevel: '可改正',
        discretionReason: '按建设工程造价百分之六处罚：当事人积极配合调查，已停止建设',
      },
    ],
    penalties: [{ kind: 'fine', amount: '5160', description: '建设工程造价 86,000 元的百分之六' }],
    mitigation:
      '当事人主动停止建设、配合调查，依照《中华人民共和国行政处罚法》第三十二条从轻处罚。',
  };
}
