/**
 * A length of time as a regulation states it. The unit is kept as written: "2 个工作日"
 * and "二日" are different rules, and only the calendar (../calendar/) can turn working
 * days into dates, so nothing here converts them.
 */
export const DURATION_UNITS = [
  'hours',
  'calendar_days',
  'working_days',
  'months',
  'years',
] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

export interface Duration {
  readonly amount: number;
  readonly unit: DurationUnit;
}

/**
 * How two durations compare on every start date (`'shorter'`: never ends later), or
 * `undefined` when it depends on the dates involved.
 */
export type DurationOrder = 'shorter' | 'equal' | 'longer';

const HOUR = 1;
const DAY = 24 * HOUR;

/**
 * The shortest and longest a duration can last, in hours. Working days span at least as
 * many calendar days (each working day is one), but a holiday can stretch them without a
 * fixed bound, hence the infinite upper end. Months run 28–31 days, years 365–366.
 */
function bounds(d: Duration): readonly [number, number] {
  switch (d.unit) {
    case 'hours':
      return [d.amount * HOUR, d.amount * HOUR];
    case 'calendar_days':
      return [d.amount * DAY, d.amount * DAY];
    case 'working_days':
      return [d.amount * DAY, Number.POSITIVE_INFINITY];
    case 'months':
      return [d.amount * 28 * DAY, d.amount * 31 * DAY];
    case 'years':
      return [d.amount * 365 * DAY, d.amount * 366 * DAY];
  }
}

/** Months and years convert exactly into each other; nothing else needs the calendar. */
function inMonths(d: Duration): number | undefined {
  if (d.unit === 'months') return d.amount;
  if (d.unit === 'years') return d.amount * 12;
  return undefined;
}

function orderOf(a: number, b: number): DurationOrder {
  return a < b ? 'shorter' : a > b ? 'longer' : 'equal';
}

/**
 * Compares `a` with `b` whenever the answer holds for every start date: same unit; hours
 * against calendar days; months against years; and any pair whose possible lengths do not
 * overlap (e.g. 3 calendar days are shorter than 5 working days on every date, but 5
 * calendar days against 3 working days depends on whether a holiday intervenes).
 */
export function compareDurations(a: Duration, b: Duration): DurationOrder | undefined {
  if (a.unit === b.unit) return orderOf(a.amount, b.amount);
  const [aMonths, bMonths] = [inMonths(a), inMonths(b)];
  if (aMonths !== undefined && bMonths !== undefined) return orderOf(aMonths, bMonths);
  const [aMin, aMax] = bounds(a);
  const [bMin, bMax] = bounds(b);
  if (aMin === aMax && bMin === bMax) return orderOf(aMin, bMin);
  // "shorter" here means "never ends later", which is what strictness needs.
  if (aMax <= bMin) return 'shorter';
  if (aMin >= bMax) return 'longer';
  return undefined;
}

/**
 * When a comparison needs dates, the caller can say where each deadline ends for the case
 * at hand (e.g. via the working-day calendar); any totally ordered number will do.
 */
export interface DeadlineContext {
  readonly endOf: (duration: Duration) => number;
}

export type StricterDeadline =
  | { readonly kind: 'one'; readonly deadline: Duration; readonly from: 'a' | 'b' | 'equal' }
  /** Not comparable without dates: both apply, whichever comes first. */
  | { readonly kind: 'both'; readonly deadlines: readonly [Duration, Duration] };

/**
 * The stricter of two deadlines counted from the same moment: the one that can never end
 * later. When that depends on the calendar and no context is given, both are kept and
 * the obligation is met only by acting before the earlier of the two ends.
 */
export function stricterDeadline(
  a: Duration,
  b: Duration,
  context?: DeadlineContext,
): StricterDeadline {
  const order =
    compareDurations(a, b) ??
    (context === undefined ? undefined : orderOf(context.endOf(a), context.endOf(b)));
  if (order === undefined) return { kind: 'both', deadlines: [a, b] };
  if (order === 'equal') return { kind: 'one', deadline: a, from: 'equal' };
  return order === 'shorter'
    ? { kind: 'one', deadline: a, from: 'a' }
    : { kind: 'one', deadline: b, from: 'b' };
}

/**
 * For retention minimums the longer keeps more, so it is the stricter. Working days never
 * appear in retention periods, so every pair the seeds state is comparable.
 */
export function stricterRetention(a: Duration, b: Duration): Duration | undefined {
  const order = compareDurations(a, b);
  if (order === undefined) return undefined;
  return order === 'shorter' ? b : a;
}
