/** An end before the start is refused by the server too; said here before sending. */
export function incidentTimesProblem(
  startedAt: string | undefined,
  endedAt: string | undefined,
): string | null {
  if (!startedAt || !endedAt) return null;
  return Date.parse(endedAt) < Date.parse(startedAt) ? '结束时间不能早于发生（开始）时间' : null;
}
