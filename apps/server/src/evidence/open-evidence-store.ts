import type { Config } from '../config/config.ts';
import type { EvidenceStore } from './evidence-store.ts';
import { openFilesystemEvidenceStore } from './filesystem-evidence-store.ts';

export type EvidenceStoreSettings = Pick<Config, 'evidenceStore' | 'evidenceRetentionDays'>;

/**
 * The evidence store the configuration names. The S3 adapter is imported only when it is
 * configured, so a township on the filesystem store never loads the AWS SDK.
 */
export async function openEvidenceStore(config: EvidenceStoreSettings): Promise<EvidenceStore> {
  const settings = config.evidenceStore;
  if (settings.kind === 'filesystem') return openFilesystemEvidenceStore(settings.dir);
  const { openS3EvidenceStore } = await import('./s3-evidence-store.ts');
  return openS3EvidenceStore({
    ...(settings.endpoint === undefined ? {} : { endpoint: settings.endpoint }),
    region: settings.region,
    bucket: settings.bucket,
    ...(settings.credentials === undefined ? {} : { credentials: settings.credentials }),
    forcePathStyle: settings.forcePathStyle,
    defaultRetentionDays: config.evidenceRetentionDays,
  });
}

/** Where evidence goes, for the start-up banner: never the credentials. */
export function describeEvidenceStore(config: EvidenceStoreSettings): string {
  const settings = config.evidenceStore;
  if (settings.kind === 'filesystem') return settings.dir;
  const where =
    settings.endpoint === undefined
      ? `AWS S3 ${settings.region}`
      : new URL(settings.endpoint).origin;
  return `S3 存储桶 ${settings.bucket}（${where}，对象锁定 ${config.evidenceRetentionDays} 天）`;
}
