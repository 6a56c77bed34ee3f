/**
 * How the SDK's errors are told apart. Names are what AWS S3 sends; S3-compatible services
 * (MinIO, Ceph RGW, OSS, OBS) send the same names but not always, so the HTTP status is
 * checked too.
 */
interface S3ErrorShape {
  readonly name?: string;
  readonly message?: string;
  readonly $metadata?: { readonly httpStatusCode?: number };
}

function shape(error: unknown): S3ErrorShape {
  return typeof error === 'object' && error !== null ? (error as S3ErrorShape) : {};
}

export function httpStatusOf(error: unknown): number | undefined {
  return shape(error).$metadata?.httpStatusCode;
}

/**
 * No such object: GetObject says NoSuchKey; HeadObject, having no body, says only 404 —
 * which a missing bucket also gives, so the bucket is the health check's to report.
 */
export function isMissingObject(error: unknown): boolean {
  const { name } = shape(error);
  if (name === 'NoSuchBucket') return false;
  return name === 'NoSuchKey' || name === 'NotFound' || httpStatusOf(error) === 404;
}

/**
 * The conditional write lost: 412 when the key was taken before the write (If-None-Match),
 * 409 ConditionalRequestConflict when another conditional write to it was in flight.
 */
export function isConditionalWriteRefused(error: unknown): boolean {
  const { name } = shape(error);
  return (
    name === 'PreconditionFailed' ||
    name === 'ConditionalRequestConflict' ||
    httpStatusOf(error) === 412
  );
}

/** What the service said, short enough for a health detail. */
export function describeS3Error(error: unknown): string {
  const { name, message } = shape(error);
  const status = httpStatusOf(error);
  const parts = [name, status === undefined ? undefined : `HTTP ${status}`, message].filter(
    (part) => part !== undefined && part !== '' && part !== 'UnknownError',
  );
  return parts.length > 0 ? parts.join(' · ') : String(error);
}
