import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.ts';
import { describeEvidenceStore, openEvidenceStore } from './open-evidence-store.ts';
import { LOCAL_S3_CREDENTIALS, startLocalS3, type LocalS3 } from './test-support/local-s3.ts';

const BUCKET = 'liuhen-evidence';
let s3: LocalS3;
let work: string;

beforeAll(async () => {
  s3 = await startLocalS3([BUCKET]);
  work = await mkdtemp(path.join(os.tmpdir(), 'liuhen-open-store-'));
});

afterAll(async () => {
  await s3.close();
  await rm(work, { recursive: true, force: true });
});

function s3Environment(): NodeJS.ProcessEnv {
  return {
    DATA_DIR: work,
    EVIDENCE_STORE: 's3',
    S3_ENDPOINT: s3.endpoint,
    S3_BUCKET: BUCKET,
    S3_ACCESS_KEY_ID: LOCAL_S3_CREDENTIALS.accessKeyId,
    S3_SECRET_ACCESS_KEY: LOCAL_S3_CREDENTIALS.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
  };
}

/** Opens the store in a fresh Node process and lists the AWS SDK modules it loaded. */
async function awsModulesLoadedOpening(env: NodeJS.ProcessEnv): Promise<string[]> {
  const script = `
    import { registerHooks } from 'node:module';
    const loaded = [];
    registerHooks({
      resolve(specifier, context, nextResolve) {
        const resolved = nextResolve(specifier, context);
        loaded.push(resolved.url);
        return resolved;
      },
    });
    const { loadConfig } = await import(process.argv[1]);
    const { openEvidenceStore } = await import(process.argv[2]);
    const store = await openEvidenceStore(loadConfig(JSON.parse(process.argv[3])));
    process.stdout.write(JSON.stringify({ kind: store.kind, loaded }));
  `;
  const { stdout } = await promisify(execFile)(process.execPath, [
    '--input-type=module',
    '-e',
    script,
    pathToFileURL(path.join(import.meta.dirname, '../config/config.ts')).href,
    pathToFileURL(path.join(import.meta.dirname, 'open-evidence-store.ts')).href,
    JSON.stringify(env),
  ]);
  const { loaded } = JSON.parse(stdout) as { kind: string; loaded: string[] };
  return loaded.filter((url) => url.includes('/@aws-sdk/'));
}

describe('openEvidenceStore', () => {
  it('opens the filesystem store by default, in EVIDENCE_DIR', async () => {
    const config = loadConfig({ DATA_DIR: work });
    const store = await openEvidenceStore(config);
    const bytes = Buffer.from('乡镇 默认 文件系统');
    const file = path.join(work, 'one.part');
    await writeFile(file, bytes);

    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const { key } = await store.commit({ path: file, sha256, sizeBytes: bytes.length });

    expect(store.kind).toBe('filesystem');
    expect(await store.stat(key)).toEqual({ sizeBytes: bytes.length });
    expect(describeEvidenceStore(config)).toBe(path.join(work, 'evidence'));
  });

  it('opens the S3 store when EVIDENCE_STORE=s3, and never waives Object Lock', async () => {
    const config = loadConfig(s3Environment());
    const store = await openEvidenceStore(config);

    expect(store.kind).toBe('s3');
    const status = await store.status();
    // s3rver is reachable but cannot confirm Object Lock: a deployment would refuse to write.
    expect(status.status).toBe('unavailable');
    expect(status.detail).toContain('对象锁定（合规模式）');
    expect(describeEvidenceStore(config)).toBe(
      `S3 存储桶 ${BUCKET}（${s3.endpoint}，对象锁定 3650 天）`,
    );
  });

  it('loads the AWS SDK only when S3 is configured', async () => {
    expect(await awsModulesLoadedOpening({ DATA_DIR: work })).toEqual([]);
    const withS3 = await awsModulesLoadedOpening(s3Environment());
    expect(withS3.some((url) => url.includes('/@aws-sdk/client-s3/'))).toBe(true);
  });
});
