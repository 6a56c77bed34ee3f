import type { Yuan } from '../money/yuan.ts';
import type { PenaltyKind } from './penalty-kinds.ts';
import type { PowerCategory } from './power-category.ts';

/**
 * 裁量基准 for one power: a band the agency set (轻微/一般/较重/严重 or its own words), the
 * circumstances it applies to, and the fine range within the statutory one. An officer who
 * fines outside the band he chose must say why (case-facts-problems.ts).
 */
export interface DiscretionLevel {
  readonly label: string;
  /** 适用情形. */
  readonly circumstances: string;
  readonly fineMin: Yuan | null;
  readonly fineMax: Yuan | null;
  /** Measures besides the fine at this level (责令改正、没收…), as the agency wrote them. */
  readonly otherMeasures: string | null;
}

/** 权责清单事项 as the agency's administrator maintains it. */
export interface PowerContent {
  /** The agency's own 事项编码, if it numbers its list. */
  readonly code: string | null;
  /** 事项名称, e.g. 对擅自占用城市道路摆摊设点的处罚. */
  readonly name: string;
  readonly category: PowerCategory;
  /** 违法依据: the provision the conduct violates. */
  readonly provisionViolated: string;
  /** 处罚依据 (or, for other categories, 实施依据): the provision applied. */
  readonly provisionApplied: string;
  readonly penaltyKinds: readonly PenaltyKind[];
  /** The statutory fine range; either bound may be open (法定幅度 "处五千元以下罚款"). */
  readonly fineMin: Yuan | null;
  readonly fineMax: Yuan | null;
  readonly levels: readonly DiscretionLevel[];
}

/**
 * One saved version. An edit is a new version and 停用 is a new version marked withdrawn;
 * nothing is changed or deleted, so a case's facts that name (powerId, version) keep saying
 * what they said when they were written.
 */
export interface PowerVersion extends PowerContent {
  readonly powerId: string;
  readonly version: number;
  readonly withdrawn: boolean;
}

/** The content of a version, without its identity: what the ledger's digest covers. */
export function powerContentOf(version: PowerContent): PowerContent {
  return {
    code: version.code,
    name: version.name,
    category: version.category,
    provisionViolated: version.provisionViolated,
    provisionApplied: version.provisionApplied,
    penaltyKinds: version.penaltyKinds,
    fineMin: version.fineMin,
    fineMax: version.fineMax,
    levels: version.levels.map((level) => ({
      label: level.label,
      circumstances: level.circumstances,
      fineMin: level.fineMin,
      fineMax: level.fineMax,
      otherMeasures: level.otherMeasures,
    })),
  };
}
