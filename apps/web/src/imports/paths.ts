export const IMPORTS_PATH = '/imports';

/** The inbox with one file's drawer open (a finding about an unplaced file links here). */
export function importedFilePath(id: string): string {
  return `${IMPORTS_PATH}?file=${encodeURIComponent(id)}`;
}
