/**
 * Errors as the log may show them. A failed query carries its parameters — identity
 * numbers, phones, addresses of parties — in `params`, in its message and stack
 * (drizzle's "Failed query: … params: …"), and PostgreSQL repeats values in `detail`
 * ("Key (x)=(…) already exists") and in data-error messages ("invalid input syntax for
 * type uuid: \"…\""). The console and log files are read by whoever runs the machine,
 * who may not read the cases, so none of that is written: the statement, its parameter
 * count, the SQLSTATE and the constraint are enough to find the fault.
 */

const MAX_CAUSES = 5;

export interface SerializedError {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
}

/** The part of a text before drizzle's parameter list, and nothing of it. */
function withoutParams(text: string): string {
  const at = text.indexOf('\nparams:');
  if (at === -1) return text;
  // The stack's frames follow the parameters; keep those, they name no party.
  const frames = text.indexOf('\n    at ', at);
  return `${text.slice(0, at)}\nparams: [redacted]${frames === -1 ? '' : text.slice(frames)}`;
}

/** PostgreSQL's messages quote the offending value for data and integrity errors. */
function withoutQuotedValues(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/g, '"[redacted]"');
}

function isPostgresError(error: Record<string, unknown>): boolean {
  return typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code) && 'severity' in error;
}

const POSTGRES_FIELDS_KEPT = [
  'code',
  'severity',
  'schema',
  'table',
  'column',
  'constraint',
  'routine',
] as const;

export function redactError(error: unknown, depth = 0): SerializedError {
  if (typeof error !== 'object' || error === null) {
    return { type: typeof error, message: String(error), stack: '' };
  }
  const source = error as Error & Record<string, unknown>;
  const postgres = isPostgresError(source);
  const clean = (text: string) => {
    const cut = withoutParams(text);
    // Class 22 (data exception) and 23 (integrity) messages quote the value itself.
    return postgres && /^2[23]/.test(String(source.code)) ? withoutQuotedValues(cut) : cut;
  };
  const serialized: SerializedError = {
    type: source.constructor?.name ?? 'Error',
    message: clean(String(source.message ?? '')),
    stack: typeof source.stack === 'string' ? clean(source.stack) : '',
  };
  if (postgres) {
    for (const field of POSTGRES_FIELDS_KEPT) {
      if (source[field] !== undefined) serialized[field] = source[field];
    }
  } else {
    if (typeof source.code === 'string') serialized.code = source.code;
    if (typeof source.statusCode === 'number') serialized.statusCode = source.statusCode;
    if (typeof source.query === 'string') serialized.query = source.query;
  }
  if (Array.isArray(source.params)) serialized.paramCount = source.params.length;
  if (source.cause !== undefined && depth < MAX_CAUSES) {
    serialized.cause = redactError(source.cause, depth + 1);
  }
  return serialized;
}

/** pino serializers: every `err` the server logs goes through `redactError`. */
export const logSerializers = { err: (error: unknown) => redactError(error) };
