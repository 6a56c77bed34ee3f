/**
 * The name of the unique constraint a failed statement violated, if that is why it failed.
 * node-postgres and PGlite both report SQLSTATE 23505 with the constraint name; Drizzle
 * wraps the driver's error in `cause`.
 */
export function uniqueViolation(error: unknown): string | undefined {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const candidate = current as { code?: unknown; constraint?: unknown };
    if (candidate.code === '23505') {
      return typeof candidate.constraint === 'string' ? candidate.constraint : '';
    }
    if (typeof current !== 'object') break;
  }
  return undefined;
}
