import type { SQL } from 'drizzle-orm';
import type { TestApp } from './test-app.ts';

/** The database's own message when it refuses a statement, or 'accepted'. */
export async function refusal(testApp: TestApp, statement: SQL): Promise<string> {
  try {
    await testApp.database.db.execute(statement);
    return 'accepted';
  } catch (error) {
    return String((error as { cause?: Error }).cause?.message ?? error);
  }
}
