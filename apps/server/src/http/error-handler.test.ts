import { describe, expect, it } from 'vitest';
import { toProblem } from './error-handler.ts';
import { problems } from './problem.ts';

describe('toProblem', () => {
  it('passes our problems through', () => {
    const problem = problems.invalidCredentials();
    expect(toProblem(problem, 1024)).toBe(problem);
  });

  it('never forwards the message of an unexpected error', () => {
    const problem = toProblem(new Error('connection to 10.1.2.3 refused'), 1024);
    expect(problem.status).toBe(500);
    expect(problem.detail).not.toContain('10.1.2.3');
  });

  it('states the body limit in KB', () => {
    const tooLarge = Object.assign(new Error('too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE' });
    expect(toProblem(tooLarge, 1_048_576).detail).toContain('1024 KB');
  });
});
