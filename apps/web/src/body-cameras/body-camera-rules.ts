import type { Role } from '@liuhen/domain';
import type { User } from '../api/types.ts';

/** Who registers cameras and records hand-overs (the server checks again). */
const DEVICE_WRITERS: readonly Role[] = ['admin', 'agency_head', 'department_head'];

/** An administrator of the platform or of the agency, or one of the agency's heads. */
export function canManageBodyCameras(
  user: Pick<User, 'roles' | 'agencyId'>,
  agencyId: string,
): boolean {
  if (user.agencyId !== null && user.agencyId !== agencyId) return false;
  return DEVICE_WRITERS.some((role) => user.roles.includes(role));
}

/**
 * Why a hand-over time cannot be recorded, or undefined when it can: not in the future
 * (a minute's grace for clocks that differ), and not before the latest hand-over, which
 * would rewrite who held the camera when.
 */
export function assignmentTimeProblem(
  from: number,
  latestFrom: string | null,
  now: number,
): string | undefined {
  if (from > now + 60_000) return '领用时间不能晚于当前时间';
  if (latestFrom !== null && from < Date.parse(latestFrom)) {
    return '不能早于上一次领用或归还的时间';
  }
  return undefined;
}

/** The camera as the lists name it: its label, else its serial. */
export function bodyCameraName(bodyCamera: { serial: string; label: string | null }): string {
  return bodyCamera.label ? `${bodyCamera.label}（${bodyCamera.serial}）` : bodyCamera.serial;
}

/** 序列号 as the server takes it (and the importer's --device): letters, digits, . _ -. */
export const SERIAL_PATTERN = /^[0-9A-Za-z][0-9A-Za-z._-]*$/;
export const SERIAL_MAX = 64;
