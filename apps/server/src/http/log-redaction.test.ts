import { describe, expect, it } from 'vitest';
import { redactError } from './log-redaction.ts';

const RESIDENT_ID = '11010519491231002X';

/** As drizzle throws it: the statement and its parameters, the driver's error as the cause. */
function failedQuery(cause: Error): Error {
  const params = [RESIDENT_ID, '13912345678'];
  const error = new Error(`Failed query: insert into parties values ($1, $2)\nparams: ${params}`);
  return Object.assign(error, {
    query: 'insert into parties values ($1, $2)',
    params,
    cause,
  });
}

describe('redactError', () => {
  it('keeps the statement and drops the parameters from message, stack and properties', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint "x"'), {
      code: '23505',
      severity: 'ERROR',
      constraint: 'parties_resident_id_key',
      detail: `Key (resident_id)=(${RESIDENT_ID}) already exists.`,
    });
    const logged = JSON.stringify(redactError(failedQuery(cause)));
    expect(logged).not.toContain(RESIDENT_ID);
    expect(logged).not.toContain('13912345678');
    expect(logged).toContain('insert into parties values ($1, $2)');
    expect(logged).toContain('"paramCount":2');
    expect(logged).toContain('parties_resident_id_key');
    expect(logged).toContain('23505');
  });

  it("hides the value PostgreSQL quotes in a data error's message", () => {
    const cause = Object.assign(
      new Error(`invalid input syntax for type integer: "${RESIDENT_ID}"`),
      { code: '22P02', severity: 'ERROR' },
    );
    const logged = JSON.stringify(redactError(failedQuery(cause)));
    expect(logged).not.toContain(RESIDENT_ID);
    expect(logged).toContain('invalid input syntax for type integer');
  });

  it('leaves an ordinary error as it was', () => {
    const logged = redactError(new Error('connection refused'));
    expect(logged.message).toBe('connection refused');
    expect(logged.stack).toContain('log-redaction.test.ts');
  });
});
