/**
 * The ledger names what was read as `type:id` (`case:…`, `av_record:…`); the history shows
 * it as a clerk reads it, by the names the page knows, the id kept short for the rest.
 */
const KIND_LABELS: Readonly<Record<string, string>> = {
  case: '案件',
  record: '文书',
  av_record: '音像记录',
  record_attachment: '附件',
};

export function historyTargetText(
  target: string | null,
  caseId: string,
  names: ReadonlyMap<string, string>,
): string {
  if (target === null || target === '') return '—';
  const colon = target.indexOf(':');
  if (colon === -1) return target;
  const type = target.slice(0, colon);
  const id = target.slice(colon + 1);
  if (type === 'case' && id === caseId) return '本案';
  const name = names.get(id);
  if (name !== undefined) return name;
  const kind = KIND_LABELS[type] ?? type;
  return `${kind} ${id.slice(0, 8)}`;
}
