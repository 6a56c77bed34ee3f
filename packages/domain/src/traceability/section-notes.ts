/**
 * What a seed holds besides articles, said once under its table in docs/regulations.md.
 * Keyed by seed, or by seed and document ("004 行政执法全过程记录制度").
 */
export const SECTION_NOTES: Readonly<Record<string, string>> = {
  '004 行政执法全过程记录制度':
    'After 第二十四条 the seed appends 常山县综合行政执法局行政执法全过程记录音像记录事项清单（试行）, ' +
    'a table rather than articles (its text breaks off in row 9). Its naming standard ' +
    '“案件名称+八位日期+两位数序号+承办人姓名+记录内容” is implemented by ' +
    '[av-file-name.ts](../packages/domain/src/av/av-file-name.ts). Its rows describe what to film ' +
    'and are not modelled separately: what must be on AV comes from 第十二条 and 第十三条 ' +
    '(`mandatoryAvActs`).',
};
