/** What the ledger names a read's target by (`type:id`), as a clerk calls it. */
export const MATERIAL_KIND_LABELS: Readonly<Record<string, string>> = {
  case: '案件',
  record: '文书',
  av_record: '音像记录',
  record_attachment: '附件',
  imported_file: '导入音像文件',
};
