import { unplanned } from './coverage-types.ts';

/**
 * Software the seeds ask for that no open issue builds yet. Named once so
 * docs/regulations.md shows each gap in the same words wherever it appears.
 */
export const GAPS = {
  publication: unplanned('行政执法公示（公示门户、处罚结果网上公开、隐去、撤下、更正）尚无议题'),
  backup: unplanned('证据存储的定期备份与异地备份尚无议题'),
  disc: unplanned('证据音像刻录光盘、案卷组卷与导出尚无议题'),
  caseFileReview: unplanned('案卷评查（按标准评分）尚无议题'),
  statistics: unplanned('全过程记录数据的统计分析尚无议题'),
  avListPublished: unplanned('音像记录事项清单向社会公开尚无议题'),
} as const;
