import type { BodyCameraAssignmentRow, BodyCameraRow } from './body-cameras.repository.ts';

const userRef = (names: ReadonlyMap<string, string>, id: string) => ({
  userId: id,
  displayName: names.get(id) ?? '',
});

/** `assignments`: the camera's, newest first. */
export function bodyCameraView(
  bodyCamera: BodyCameraRow,
  assignments: readonly BodyCameraAssignmentRow[],
  names: ReadonlyMap<string, string>,
  now: Date,
) {
  const current = assignments.find((entry) => entry.from <= now);
  return {
    id: bodyCamera.id,
    agencyId: bodyCamera.agencyId,
    serial: bodyCamera.serial,
    model: bodyCamera.model,
    label: bodyCamera.label,
    holder:
      current?.holderId == null
        ? null
        : { ...userRef(names, current.holderId), since: current.from.toISOString() },
    createdAt: bodyCamera.createdAt.toISOString(),
  };
}

export function assignmentView(entry: BodyCameraAssignmentRow, names: ReadonlyMap<string, string>) {
  return {
    id: entry.id,
    holder: entry.holderId === null ? null : userRef(names, entry.holderId),
    from: entry.from.toISOString(),
    recordedBy: userRef(names, entry.recordedBy),
    recordedAt: entry.recordedAt.toISOString(),
  };
}
