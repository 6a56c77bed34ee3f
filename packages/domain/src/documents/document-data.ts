import type { PlainDate } from '../calendar/plain-date.ts';
import type { OfficerOnCase } from '../enforcement/enforcement-case.ts';
import type { Yuan } from '../money/yuan.ts';
import type { Party } from '../party/party.ts';
import type { CaseRecord } from '../records/case-record.ts';

/**
 * Everything a document may print, gathered by the server from the case, the record, the
 * case facts and the agency's document settings. Composition (./compose-document.ts) only
 * reads it: the same data always makes the same document.
 */
export interface DocumentData {
  readonly agency: {
    /** 机关全称, as on the seal: the 发文机关标志 and the 落款. */
    readonly name: string;
  };
  readonly case: {
    readonly name: string;
    /** 案号; absent before the case is numbered. */
    readonly number: string | null;
  };
  readonly parties: readonly Party[];
  readonly officers: readonly OfficerOnCase[];
  readonly record: CaseRecord;
  /** The case facts in force (structured 违法事实, 依据, 处罚); null where the case has none. */
  readonly facts: DocumentFacts | null;
  /** 救济途径 as the agency's settings name them; the periods are the law's. */
  readonly remedies: {
    readonly reconsiderationBody: string | null;
    readonly court: string | null;
  };
  /** How and where a fine is paid (缴款银行、账户 or 电子缴款), from the agency's settings. */
  readonly paymentInstructions: string | null;
  /** 成文日期: the day of issue (a draft: today), in Asia/Shanghai. */
  readonly date: PlainDate;
  /** 文号, once assigned. */
  readonly number: string | null;
}

export interface DocumentFacts {
  /** 违法事实. */
  readonly violationFacts: string;
  /** 证据, one item each. */
  readonly evidence: readonly string[];
  readonly violations: readonly DocumentViolation[];
  readonly penalties: readonly DocumentPenalty[];
  /** 履行期限 in days from receipt of the decision; null where nothing is to be performed. */
  readonly performanceDays: number | null;
  /** 从轻、减轻或者不予处罚的情节和理由. */
  readonly mitigation: string | null;
}

export interface DocumentViolation {
  /** 违法行为, as the document words it. */
  readonly conduct: string;
  /** 违反的规定, e.g. 《城市市容和环境卫生管理条例》第十四条. */
  readonly provisionViolated: string;
  /** 处罚依据, e.g. 《城市市容和环境卫生管理条例》第三十四条. */
  readonly provisionApplied: string;
}

export interface DocumentPenalty {
  /** 处罚种类 in Chinese (罚款, 没收违法所得 …). */
  readonly kindLabel: string;
  readonly amount: Yuan | null;
  readonly description: string | null;
}
