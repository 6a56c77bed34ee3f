import {
  GetObjectLockConfigurationCommand,
  HeadBucketCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { describeS3Error, httpStatusOf } from './s3-errors.ts';

export type BucketCheck = { readonly ok: true } | { readonly ok: false; readonly detail: string };

/** Whether the bucket answers at all: HeadBucket. */
export async function checkBucketReachable(client: S3Client, bucket: string): Promise<BucketCheck> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
    return { ok: true };
  } catch (error) {
    const status = httpStatusOf(error);
    if (status === 404) return { ok: false, detail: `存储桶 ${bucket} 不存在，请检查 S3_BUCKET。` };
    if (status === 403) {
      return {
        ok: false,
        detail: `无权访问存储桶 ${bucket}，请检查 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY 及其权限。`,
      };
    }
    return {
      ok: false,
      detail: `无法连接存储桶 ${bucket}（${describeS3Error(error)}），请检查 S3_ENDPOINT 与网络。`,
    };
  }
}

export function objectLockMissingDetail(bucket: string): string {
  return (
    `存储桶 ${bucket} 未启用对象锁定（合规模式）：存入的音像证据可被删除或覆盖，因此不予写入。` +
    '请使用创建时即启用对象锁定（Object Lock）的存储桶。'
  );
}

/**
 * Whether the bucket has Object Lock enabled (GetObjectLockConfiguration). Without it the
 * `ObjectLockMode` we send on every write is refused by AWS, but some compatible services
 * ignore it silently, so the bucket itself is asked. The object's retention is set by each
 * write, not by a bucket default rule, so only "enabled" is required here.
 */
export async function checkObjectLock(client: S3Client, bucket: string): Promise<BucketCheck> {
  try {
    const answer = await client.send(new GetObjectLockConfigurationCommand({ Bucket: bucket }));
    return answer.ObjectLockConfiguration?.ObjectLockEnabled === 'Enabled'
      ? { ok: true }
      : { ok: false, detail: objectLockMissingDetail(bucket) };
  } catch (error) {
    if ((error as Error).name === 'ObjectLockConfigurationNotFoundError') {
      return { ok: false, detail: objectLockMissingDetail(bucket) };
    }
    return {
      ok: false,
      detail:
        `无法确认存储桶 ${bucket} 已启用对象锁定（合规模式）（${describeS3Error(error)}），` +
        '因此不予写入。请检查存储服务是否支持对象锁定及账号是否有 s3:GetBucketObjectLockConfiguration 权限。',
    };
  }
}
