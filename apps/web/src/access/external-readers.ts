import type { ExternalReader } from './access-api.ts';

/** How the form names a reader of another agency: 姓名（机关）. */
export function readerLabel(reader: Pick<ExternalReader, 'displayName' | 'agencyName'>): string {
  return `${reader.displayName}（${reader.agencyName}）`;
}

/**
 * The picker's options: the reader already chosen first (a new search must not turn his
 * name back into an id), then what the search found, each once.
 */
export function readerOptions(
  chosen: ExternalReader | null,
  found: readonly ExternalReader[],
): { value: string; label: string; reader: ExternalReader }[] {
  const seen = new Set<string>();
  return [...(chosen ? [chosen] : []), ...found]
    .filter((reader) => !seen.has(reader.id) && seen.add(reader.id))
    .map((reader) => ({ value: reader.id, label: readerLabel(reader), reader }));
}
