import { MATERIAL_KIND_LABELS } from '@liuhen/domain';

/**
 * The ledger names what was read as `type:id` (`case:…`, `av_record:…`); the history shows
 * it as a clerk reads it, by the names the page knows, the id kept short for the rest.
 */
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
  const kind = MATERIAL_KIND_LABELS[type] ?? type;
  return `${kind} ${id.slice(0, 8)}`;
}
