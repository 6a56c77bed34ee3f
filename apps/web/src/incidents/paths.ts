export const INCIDENTS_PATH = '/incidents';

export function incidentPath(id: string): string {
  return `${INCIDENTS_PATH}/${encodeURIComponent(id)}`;
}
