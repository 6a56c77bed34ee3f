import { request } from '../api/client.ts';

// 执法记录仪 (body cameras) of an agency and who held each when: the server places an
// imported recording on a case by the camera's holder at capture time.

/** A person as the camera and import APIs name one. */
export interface PersonRef {
  readonly userId: string;
  readonly displayName: string;
}

export interface BodyCameraView {
  readonly id: string;
  readonly agencyId: string;
  readonly serial: string;
  readonly model: string | null;
  readonly label: string | null;
  /** Who holds it now and since when; null while it is in the unit's keeping. */
  readonly holder: (PersonRef & { readonly since: string }) | null;
  readonly createdAt: string;
}

/** One hand-over: to `holder` (null = returned) from `from` on. */
export interface AssignmentView {
  readonly id: string;
  readonly holder: PersonRef | null;
  readonly from: string;
  readonly recordedBy: PersonRef;
  readonly recordedAt: string;
}

export interface BodyCameraDetail extends BodyCameraView {
  /** Newest first. */
  readonly assignments: AssignmentView[];
}

export interface NewBodyCamera {
  readonly serial: string;
  readonly model?: string;
  readonly label?: string;
}

export interface NewAssignment {
  /** null = returned (归还). */
  readonly holderId: string | null;
  /** When the hand-over happened; the server takes now when left out. */
  readonly from?: string;
}

const bodyCamerasOf = (agencyId: string) =>
  `/agencies/${encodeURIComponent(agencyId)}/body-cameras`;
const bodyCameraPath = (id: string) => `/body-cameras/${encodeURIComponent(id)}`;

export async function listBodyCameras(agencyId: string): Promise<BodyCameraView[]> {
  return (await request<{ items: BodyCameraView[] }>('GET', bodyCamerasOf(agencyId))).items;
}

export function createBodyCamera(agencyId: string, input: NewBodyCamera): Promise<BodyCameraView> {
  return request<BodyCameraView>('POST', bodyCamerasOf(agencyId), { body: input });
}

export function getBodyCamera(id: string): Promise<BodyCameraDetail> {
  return request<BodyCameraDetail>('GET', bodyCameraPath(id));
}

export function recordAssignment(id: string, input: NewAssignment): Promise<BodyCameraDetail> {
  return request<BodyCameraDetail>('POST', `${bodyCameraPath(id)}/assignments`, { body: input });
}
