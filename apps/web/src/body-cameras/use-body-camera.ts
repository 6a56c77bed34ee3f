import { useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { getBodyCamera, type BodyCameraDetail } from './body-cameras-api.ts';

/**
 * One camera with its hand-overs; `replace` takes the answer of a new hand-over. Nothing is
 * read while no id is given.
 */
export function useBodyCamera(id: string | null): {
  bodyCamera: BodyCameraDetail | null;
  replace: (bodyCamera: BodyCameraDetail) => void;
} {
  const report = useReportError();
  const [loaded, setLoaded] = useState<BodyCameraDetail | null>(null);

  useEffect(() => {
    if (!id) return;
    let cancelled = false;
    getBodyCamera(id).then(
      (bodyCamera) => !cancelled && setLoaded(bodyCamera),
      (error: unknown) => !cancelled && report(error),
    );
    return () => {
      cancelled = true;
    };
  }, [id, report]);

  return { bodyCamera: loaded?.id === id ? loaded : null, replace: setLoaded };
}
