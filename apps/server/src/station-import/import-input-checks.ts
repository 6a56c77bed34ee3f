import type { InvalidParam } from '../http/problem.ts';
import type { ImportInput } from './imported-file-schemas.ts';

/** The station's clock may run a little ahead of the server's, as a camera's may. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * A clock reading is two times read together: one without the other says nothing about the
 * camera. The station's own time cannot lie in the future (its reading precedes the
 * request); the camera's may, which is the point of reading it.
 */
export function clockReadingProblems(input: ImportInput, now: Date): InvalidParam[] {
  const { cameraClockAt, stationClockAt } = input;
  if (cameraClockAt === undefined && stationClockAt === undefined) return [];
  if (cameraClockAt === undefined) {
    return [{ name: 'body.cameraClockAt', reason: '请同时提供记录仪时钟读数，或两项都不提供' }];
  }
  if (stationClockAt === undefined) {
    return [{ name: 'body.stationClockAt', reason: '请同时提供采集站时钟读数，或两项都不提供' }];
  }
  if (Date.parse(stationClockAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
    return [
      {
        name: 'body.stationClockAt',
        reason: '采集站时钟读数晚于服务器当前时间，请核对采集站的系统时间',
      },
    ];
  }
  return [];
}
