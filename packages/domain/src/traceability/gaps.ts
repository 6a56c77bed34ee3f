import { planned } from './coverage-types.ts';

/**
 * Software the seeds ask for that a later open issue builds. Named once so
 * docs/regulations.md shows each in the same words, with its issue, wherever it appears.
 */
export const GAPS = {
  publication: planned(18, '公示门户、处罚结果网上公开、隐去、撤下、更正'),
  backup: planned(17, '证据存储的定期备份与异地备份（liuhen backup / restore）'),
  disc: planned(17, '证据音像刻录光盘（ISO 映像）、电子案卷组卷与归档包导出'),
  caseFileReview: planned(19, '案卷评查：评查标准、抽取、评分与通报'),
  statistics: planned(19, '全过程记录数据的统计分析与图表'),
} as const;
