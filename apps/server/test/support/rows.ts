/** Both drivers answer `execute` with `{ rows }`; Drizzle's shared type leaves it unknown. */
export async function rows<T>(query: Promise<unknown>): Promise<T[]> {
  return ((await query) as { rows: T[] }).rows;
}
