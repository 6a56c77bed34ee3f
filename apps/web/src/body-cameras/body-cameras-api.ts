import { call } from '../api/client.ts';
import type { BodyOf, Schema } from '../api/types.ts';

// 执法记录仪 (body cameras) of an agency and who held each when: the server places an
// imported recording on a case by the camera's holder at capture time.

export type BodyCameraView = Schema<'BodyCamera'>;
/** One hand-over: to `holder` (null = returned) from `from` on. */
export type AssignmentView = Schema<'BodyCameraAssignment'>;
/** A person as the camera and import APIs name one. */
export type PersonRef = AssignmentView['recordedBy'];
/** With its hand-overs, newest first. */
export type BodyCameraDetail = Schema<'BodyCameraDetail'>;
export type NewBodyCamera = BodyOf<'registerBodyCamera'>;
/** `holderId` null = returned (归还); `from` left out: now. */
export type NewAssignment = BodyOf<'recordBodyCameraAssignment'>;

export async function listBodyCameras(agencyId: string): Promise<BodyCameraView[]> {
  return (await call('listBodyCameras', { path: { id: agencyId } })).items;
}

export function createBodyCamera(agencyId: string, input: NewBodyCamera): Promise<BodyCameraView> {
  return call('registerBodyCamera', { path: { id: agencyId }, body: input });
}

export function getBodyCamera(id: string): Promise<BodyCameraDetail> {
  return call('getBodyCamera', { path: { id } });
}

export function recordAssignment(id: string, input: NewAssignment): Promise<BodyCameraDetail> {
  return call('recordBodyCameraAssignment', { path: { id }, body: input });
}
