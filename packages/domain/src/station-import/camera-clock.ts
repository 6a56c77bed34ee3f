import { formatShanghai, instantMs, type Instant } from '../enforcement/instant.ts';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import type { PolicyProfile, ValueCitation } from '../profiles/profile-schema.ts';
import { citationText } from '../rules/av/citations.ts';

/**
 * The camera's clock and the station's, read together when the camera docked. Every time a
 * recording carries (its start and end, hence every AV deadline and the coverage of an
 * act) is the camera's, so a camera whose clock is off moves all of them.
 */
export interface ClockReading {
  readonly cameraClockAt: Instant;
  readonly stationClockAt: Instant;
}

/**
 * How far a camera's clock may be off before it is a finding. Times in this product are
 * written and compared to the minute (transcripts, deadlines, the coverage of an act,
 * `COVERAGE_TOLERANCE_MS`); a clock more than a minute off puts a recording in another
 * minute than the act it shows. Profile-independent: how far off a clock is is a fact about
 * the device, not a number a regulation sets.
 */
export const CLOCK_DRIFT_LIMIT_MS = 60_000;

/**
 * 004《全过程记录制度》第十五条: before use, check the device's 电量、存储空间、日期时间设定
 * (the profile's `requirements.deviceCheckBeforeUse`). The other seeds ask for devices to be
 * kept in working order (001 第六条) but not for their clock to be checked, so a drift is a
 * finding only where the agency's profile carries that duty.
 */
export const CLOCK_CHECK_CITATIONS: readonly ValueCitation[] = BUILTIN_PROFILES.flatMap(
  (profile) => profile.requirements?.deviceCheckBeforeUse?.citation ?? [],
);

/** Camera minus station, in milliseconds: positive when the camera runs ahead. */
export function clockDriftMs(reading: ClockReading): number {
  return instantMs(reading.cameraClockAt) - instantMs(reading.stationClockAt);
}

/** "快 3 分钟 20 秒" / "慢 45 秒": which way and how far, to the second. */
export function describeDrift(driftMs: number): string {
  const seconds = Math.round(Math.abs(driftMs) / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const amount = [
    minutes > 0 ? `${minutes} 分钟` : '',
    rest > 0 || minutes === 0 ? `${rest} 秒` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');
  return `${driftMs >= 0 ? '快' : '慢'} ${amount}`;
}

/** The clock duty the agency's own regulation sets, with the finding's wording. */
export function clockDriftFinding(
  profile: PolicyProfile | undefined,
  reading: ClockReading | undefined,
  what: string,
):
  | { readonly citation: ValueCitation; readonly driftMs: number; readonly message: string }
  | undefined {
  const citation = profile?.requirements?.deviceCheckBeforeUse?.citation;
  if (citation === undefined || reading === undefined) return undefined;
  const driftMs = clockDriftMs(reading);
  if (Math.abs(driftMs) <= CLOCK_DRIFT_LIMIT_MS) return undefined;
  return {
    citation,
    driftMs,
    message:
      `${what}导入时记录仪时钟为 ${formatShanghai(reading.cameraClockAt)}，采集站时钟为 ` +
      `${formatShanghai(reading.stationClockAt)}，记录仪${describeDrift(driftMs)}，超过 1 分钟。` +
      `该记录仪所录文件的拍摄时间和据此计算的存储期限均可能不准：请校准记录仪的日期时间，` +
      `登记音像记录时按实际时间填写录制时间，并在使用前检查日期时间设定。` +
      `依据：${citationText(citation)}。`,
  };
}
