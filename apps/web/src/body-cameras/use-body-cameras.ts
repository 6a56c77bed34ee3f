import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { listBodyCameras, type BodyCameraView } from './body-cameras-api.ts';

export interface BodyCameraList {
  /** Null until the first answer. */
  readonly bodyCameras: BodyCameraView[] | null;
  readonly loading: boolean;
  readonly reload: () => void;
  /** Adds or replaces one camera after a create or a hand-over. */
  readonly upsert: (bodyCamera: BodyCameraView) => void;
}

const bySerial = (a: BodyCameraView, b: BodyCameraView) => a.serial.localeCompare(b.serial);

/** The body cameras of one agency; nothing while no agency is given (a closed drawer). */
export function useBodyCameras(agencyId: string | null | undefined): BodyCameraList {
  const report = useReportError();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<{
    agencyId: string;
    version: number;
    bodyCameras: BodyCameraView[] | null;
  } | null>(null);

  useEffect(() => {
    if (!agencyId) return;
    let cancelled = false;
    listBodyCameras(agencyId).then(
      (bodyCameras) =>
        !cancelled &&
        setLoaded({ agencyId, version, bodyCameras: [...bodyCameras].sort(bySerial) }),
      (error: unknown) => {
        if (cancelled) return;
        report(error);
        setLoaded({ agencyId, version, bodyCameras: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [agencyId, version, report]);

  const current = agencyId && loaded?.agencyId === agencyId ? loaded : null;
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const upsert = useCallback(
    (bodyCamera: BodyCameraView) =>
      setLoaded((prev) =>
        prev && prev.agencyId === bodyCamera.agencyId
          ? {
              ...prev,
              bodyCameras: [
                ...(prev.bodyCameras ?? []).filter((existing) => existing.id !== bodyCamera.id),
                bodyCamera,
              ].sort(bySerial),
            }
          : prev,
      ),
    [],
  );

  return {
    bodyCameras: current?.bodyCameras ?? null,
    loading: Boolean(agencyId) && (!current || current.version !== version),
    reload,
    upsert,
  };
}
