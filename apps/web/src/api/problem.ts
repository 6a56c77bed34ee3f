/** RFC 9457 problem details as the server sends them (`application/problem+json`). */
export interface InvalidParam {
  readonly name: string;
  readonly reason: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance?: string;
  readonly invalidParams?: readonly InvalidParam[];
  readonly [extension: string]: unknown;
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(`${problem.title}: ${problem.detail}`);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** Whether the problem type ends with this slug, e.g. `password-change-required`. */
  is(slug: string): boolean {
    return this.problem.type.endsWith(`/${slug}`) || this.problem.type === slug;
  }
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.type === 'string' &&
    typeof candidate.title === 'string' &&
    typeof candidate.status === 'number'
  );
}

/** A problem for failures that never reached the server or came back without a problem body. */
export function localProblem(status: number, title: string, detail: string): Problem {
  return { type: `about:blank#${status === 0 ? 'network' : 'http'}`, title, status, detail };
}

/** One line for a toast: the title, and the detail when it says more than the title. */
export function problemText(problem: Problem): string {
  if (!problem.detail || problem.detail.startsWith(problem.title)) {
    return problem.detail || problem.title;
  }
  return `${problem.title}：${problem.detail}`;
}
