/**
 * 行政处罚的种类, 《中华人民共和国行政处罚法》(2021 修订) 第九条, in the article's order:
 *   （一）警告、通报批评；
 *   （二）罚款、没收违法所得、没收非法财物；
 *   （三）暂扣许可证件、降低资质等级、吊销许可证件；
 *   （四）限制开展生产经营活动、责令停产停业、责令关闭、限制从业；
 *   （五）行政拘留；
 *   （六）法律、行政法规规定的其他行政处罚。
 * The repository holds no copy of the statute (packages/domain/src/regulations/texts has the
 * five seeds only); the article is quoted from memory, as national-law.ts's are, and a
 * reviewer should confirm it once against the published text.
 */
export const PENALTY_KINDS = [
  'warning',
  'public_criticism',
  'fine',
  'confiscate_illegal_gains',
  'confiscate_illegal_property',
  'suspend_permit',
  'lower_qualification',
  'revoke_permit',
  'restrict_business',
  'order_suspension',
  'order_closure',
  'restrict_practice',
  'administrative_detention',
  'other',
] as const;

export type PenaltyKind = (typeof PENALTY_KINDS)[number];

export const PENALTY_KIND_LABELS: Readonly<Record<PenaltyKind, string>> = {
  warning: '警告',
  public_criticism: '通报批评',
  fine: '罚款',
  confiscate_illegal_gains: '没收违法所得',
  confiscate_illegal_property: '没收非法财物',
  suspend_permit: '暂扣许可证件',
  lower_qualification: '降低资质等级',
  revoke_permit: '吊销许可证件',
  restrict_business: '限制开展生产经营活动',
  order_suspension: '责令停产停业',
  order_closure: '责令关闭',
  restrict_practice: '限制从业',
  administrative_detention: '行政拘留',
  other: '法律、行政法规规定的其他行政处罚',
};

/**
 * Kinds whose decision states a sum: the fine itself, and the illegal gains confiscated
 * (a decision names the amount, 行政处罚法 第二十八条 "违法所得是指实施违法行为所取得的款项",
 * quoted from memory). Every other kind has no amount.
 */
export const PENALTY_KINDS_WITH_AMOUNT: ReadonlySet<PenaltyKind> = new Set([
  'fine',
  'confiscate_illegal_gains',
]);

export function penaltyKindHasAmount(kind: PenaltyKind): boolean {
  return PENALTY_KINDS_WITH_AMOUNT.has(kind);
}
