import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const postgresUrl = z
  .string()
  .url()
  .refine(
    (value) => /^postgres(ql)?:\/\//.test(value),
    'must start with postgres:// or postgresql://',
  );

/** Every setting the server reads from its environment; parsed once at start-up. */
export const configSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  /** With it, PostgreSQL; without it, the embedded PGlite in PGLITE_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DIR: z.string().min(1).optional(),
  EVIDENCE_DIR: z.string().min(1).optional(),
  /** Where evidence objects live: EVIDENCE_DIR (default), or an S3 bucket with Object Lock. */
  EVIDENCE_STORE: z.enum(['filesystem', 's3']).default('filesystem'),
  /** An S3-compatible service (MinIO, Ceph RGW, 阿里云 OSS, 华为 OBS); absent: AWS S3. */
  S3_ENDPOINT: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
    .optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  /** Required with EVIDENCE_STORE=s3; the bucket must have been created with Object Lock. */
  S3_BUCKET: z.string().min(1).optional(),
  /** Both or neither; neither: the SDK's own chain (AWS_* variables, instance role). */
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** `bucket` in the path rather than the host name, as most self-hosted services want. */
  S3_FORCE_PATH_STYLE: booleanFromEnv.default(false),
  /**
   * How long a stored object is locked (S3 compliance mode) when the caller names no date.
   * Ten years: the longest fixed period in the regulations is 2 years (002 第八条(四),
   * 003 第三十二条); what must be kept for ever is burnt onto discs and archived (003
   * 第三十三条, 004 第二十条), not kept by the lock. A lock can be extended later but never
   * shortened, not even by the root account, so a default too long cannot be undone.
   */
  EVIDENCE_RETENTION_DAYS: z.coerce.number().int().min(1).max(36_500).default(3650),
  /** The largest file one upload may declare: 64 GiB (several hours of 4K from one camera). */
  MAX_UPLOAD_BYTES: z.coerce.number().int().min(1).default(68_719_476_736),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /**
   * Serve HTTPS directly: a PEM certificate (chain) and its private key, both or neither.
   * Without them the server speaks plain HTTP (behind a TLS-terminating proxy, or on a LAN).
   */
  TLS_CERT_FILE: z.string().min(1).optional(),
  TLS_KEY_FILE: z.string().min(1).optional(),
  /**
   * Send cookies only over HTTPS. Default: on when the server itself serves HTTPS, off
   * otherwise so a township's plain-HTTP LAN works; set it behind an HTTPS proxy.
   */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /** Trust X-Forwarded-* from a reverse proxy in front of the server. */
  TRUST_PROXY: booleanFromEnv.default(false),
  /**
   * The address the public reaches this server at (https://zhifa.example.gov.cn): issued
   * documents carry a QR code to `<PUBLIC_URL>/verify/<code>`. Default: this machine's port.
   */
  PUBLIC_URL: z
    .string()
    .url()
    .refine((value) => /^https?:\/\//.test(value), 'must start with http:// or https://')
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  /** Login attempts per client address per minute, across all login names. */
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(30),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(100_000_000).default(1_048_576),
  /** Ledger hash: SHA-256 by default, SM3 (GB/T 32905) where the deployment requires 国密. */
  LEDGER_HASH_ALGORITHM: z.enum(['sha256', 'sm3']).default('sha256'),
  /** Checkpoint signatures: Ed25519 by default, SM2 (GB/T 32918, default ID) as an option. */
  LEDGER_SIGNATURE_ALGORITHM: z.enum(['ed25519', 'sm2']).default('ed25519'),
  /** Where the checkpoint signing key lives; servers sharing a database must share it. */
  LEDGER_KEY_DIR: z.string().min(1).optional(),
  /** How often the ledger is re-verified in full (the scrub), in hours; 0 turns it off. */
  LEDGER_SCRUB_INTERVAL_HOURS: z.coerce.number().min(0).max(720).default(6),
  /**
   * The evidence re-hash (issue 14): a new pass over every stored object starts this many
   * hours after the last one finished; 0 turns it off.
   */
  EVIDENCE_SCRUB_INTERVAL_HOURS: z.coerce.number().min(0).max(8760).default(24),
  /** Its pace, so that it never starves uploads of the disk: 32 MiB/s by default. */
  EVIDENCE_SCRUB_BYTES_PER_SECOND: z.coerce.number().int().min(1_048_576).default(33_554_432),
  /**
   * Demo mode (`npm run demo`): a fresh database is filled with one demo agency per built-in
   * profile, and the web app says on every page that the data is made up.
   */
  DEMO: z.stringbool().default(false),
  /** How often every open case's findings are recomputed as deadlines pass, in minutes; 0 turns it off. */
  FINDINGS_REFRESH_INTERVAL_MINUTES: z.coerce.number().min(0).max(1440).default(10),
  /**
   * Where the Chinese faces documents are set in are (NotoSerifCJK-Regular.ttc … or the
   * single-face NotoSerifCJKsc-Regular.otf …); unset: Debian's fonts-noto-cjk, or fontconfig.
   */
  DOCUMENT_FONTS_DIR: z.string().min(1).optional(),
  /** Where the built web app is; defaults to apps/web/dist in this repository. */
  WEB_DIST_DIR: z.string().min(1).optional(),
});

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly database:
    | { readonly driver: 'pglite'; readonly dir: string }
    | { readonly driver: 'postgres'; readonly url: string };
  readonly evidenceDir: string;
  readonly evidenceStore: EvidenceStoreConfig;
  /** Default Object Lock retention of a stored object, in days (S3 only). */
  readonly evidenceRetentionDays: number;
  /** Uploads in progress (`<id>.part`); not evidence until verified and committed. */
  readonly uploadsDir: string;
  /** Posters of stored videos: derived, re-creatable, outside the evidence store. */
  readonly postersDir: string;
  /** Marked copies handed out by downloads: derived, deleted when their link runs out. */
  readonly copiesDir: string;
  readonly maxUploadBytes: number;
  readonly logLevel: RawConfig['LOG_LEVEL'];
  readonly sessionTtlMs: number;
  readonly cookieSecure: boolean;
  /** Certificate and key read at start: the server listens with HTTPS. */
  readonly tls: TlsConfig | undefined;
  readonly trustProxy: boolean;
  /** Where the public reaches the server; issued documents' QR codes point under it. */
  readonly publicUrl: string;
  readonly bodyLimitBytes: number;
  readonly loginRateLimitPerMinute: number;
  readonly webDistDir: string;
  /** Fonts for issued documents (PDF); undefined: the system's (documents/pdf/document-fonts.ts). */
  readonly documentFontsDir?: string | undefined;
  readonly findingsRefreshIntervalMs: number;
  readonly evidenceScrub: { readonly intervalMs: number; readonly bytesPerSecond: number };
  readonly demo: boolean;
  readonly ledger: {
    readonly hashAlgorithm: RawConfig['LEDGER_HASH_ALGORITHM'];
    readonly signatureAlgorithm: RawConfig['LEDGER_SIGNATURE_ALGORITHM'];
    readonly keyDir: string;
    readonly scrubIntervalMs: number;
  };
}

export interface TlsConfig {
  readonly certFile: string;
  readonly keyFile: string;
  readonly cert: Buffer;
  readonly key: Buffer;
}

export type EvidenceStoreConfig =
  | { readonly kind: 'filesystem'; readonly dir: string }
  | {
      readonly kind: 's3';
      readonly endpoint?: string;
      readonly region: string;
      readonly bucket: string;
      readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
      readonly forcePathStyle: boolean;
    };

export class ConfigError extends Error {
  readonly variables: readonly string[];
  constructor(variables: readonly string[], message: string) {
    super(message);
    this.name = 'ConfigError';
    this.variables = variables;
  }
}

const defaultWebDist = path.resolve(import.meta.dirname, '../../../web/dist');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.fromEntries(
    Object.keys(configSchema.shape)
      .filter((key) => env[key] !== undefined && env[key] !== '')
      .map((key) => [key, env[key]]),
  );
  const parsed = configSchema.safeParse(known);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? '?');
      return `  ${variable}=${JSON.stringify(env[variable] ?? '')}: ${issue.message}`;
    });
    const variables = parsed.error.issues.map((issue) => String(issue.path[0]));
    throw new ConfigError(
      variables,
      `Invalid configuration (环境变量配置错误):\n${lines.join('\n')}`,
    );
  }
  const raw = parsed.data;
  const dataDir = path.resolve(raw.DATA_DIR);
  const evidenceDir = path.resolve(raw.EVIDENCE_DIR ?? path.join(dataDir, 'evidence'));
  const tls = tlsConfig(raw, env);
  return {
    port: raw.PORT,
    host: raw.HOST,
    dataDir,
    database: raw.DATABASE_URL
      ? { driver: 'postgres', url: raw.DATABASE_URL }
      : { driver: 'pglite', dir: path.resolve(raw.PGLITE_DIR ?? path.join(dataDir, 'db')) },
    evidenceDir,
    evidenceStore: evidenceStoreConfig(raw, evidenceDir, env),
    evidenceRetentionDays: raw.EVIDENCE_RETENTION_DAYS,
    uploadsDir: path.resolve(dataDir, 'uploads'),
    postersDir: path.resolve(dataDir, 'posters'),
    copiesDir: path.resolve(dataDir, 'copies'),
    maxUploadBytes: raw.MAX_UPLOAD_BYTES,
    logLevel: raw.LOG_LEVEL,
    sessionTtlMs: raw.SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: raw.COOKIE_SECURE ?? tls !== undefined,
    tls,
    trustProxy: raw.TRUST_PROXY,
    publicUrl: raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`,
    bodyLimitBytes: raw.BODY_LIMIT_BYTES,
    loginRateLimitPerMinute: raw.LOGIN_RATE_LIMIT_PER_MINUTE,
    webDistDir: path.resolve(raw.WEB_DIST_DIR ?? defaultWebDist),
    documentFontsDir:
      raw.DOCUMENT_FONTS_DIR === undefined ? undefined : path.resolve(raw.DOCUMENT_FONTS_DIR),
    findingsRefreshIntervalMs: raw.FINDINGS_REFRESH_INTERVAL_MINUTES * 60_000,
    evidenceScrub: {
      intervalMs: raw.EVIDENCE_SCRUB_INTERVAL_HOURS * 3_600_000,
      bytesPerSecond: raw.EVIDENCE_SCRUB_BYTES_PER_SECOND,
    },
    demo: raw.DEMO,
    ledger: {
      hashAlgorithm: raw.LEDGER_HASH_ALGORITHM,
      signatureAlgorithm: raw.LEDGER_SIGNATURE_ALGORITHM,
      keyDir: path.resolve(raw.LEDGER_KEY_DIR ?? path.join(dataDir, 'keys')),
      scrubIntervalMs: raw.LEDGER_SCRUB_INTERVAL_HOURS * 3_600_000,
    },
  };
}

function configError(
  problems: Array<{ variable: string; because: string }>,
  env: NodeJS.ProcessEnv,
) {
  const lines = problems.map(
    ({ variable, because }) => `  ${variable}=${JSON.stringify(env[variable] ?? '')}: ${because}`,
  );
  return new ConfigError(
    problems.map(({ variable }) => variable),
    `Invalid configuration (环境变量配置错误):\n${lines.join('\n')}`,
  );
}

/** Both files or neither, read now so that a wrong path stops the start naming the variable. */
function tlsConfig(raw: RawConfig, env: NodeJS.ProcessEnv): TlsConfig | undefined {
  const certFile = raw.TLS_CERT_FILE;
  const keyFile = raw.TLS_KEY_FILE;
  if (certFile === undefined && keyFile === undefined) return undefined;
  if (certFile === undefined || keyFile === undefined) {
    const missing = certFile === undefined ? 'TLS_CERT_FILE' : 'TLS_KEY_FILE';
    const given = certFile === undefined ? 'TLS_KEY_FILE' : 'TLS_CERT_FILE';
    throw configError(
      [{ variable: missing, because: `required with ${given} (两者须同时设置)` }],
      env,
    );
  }
  const read = (variable: string, file: string, marker: RegExp) => {
    let text: Buffer;
    try {
      text = readFileSync(path.resolve(file));
    } catch (error) {
      throw configError(
        [
          {
            variable,
            because: `cannot read the file (无法读取该文件): ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          },
        ],
        env,
      );
    }
    if (!marker.test(text.toString('latin1'))) {
      throw configError([{ variable, because: 'not a PEM file (不是 PEM 格式的文件)' }], env);
    }
    return text;
  };
  return {
    certFile: path.resolve(certFile),
    keyFile: path.resolve(keyFile),
    cert: read('TLS_CERT_FILE', certFile, /-----BEGIN CERTIFICATE-----/),
    key: read('TLS_KEY_FILE', keyFile, /-----BEGIN [A-Z ]*PRIVATE KEY-----/),
  };
}

/** The settings that depend on each other, which the schema checks one by one. */
function evidenceStoreConfig(
  raw: RawConfig,
  evidenceDir: string,
  env: NodeJS.ProcessEnv,
): EvidenceStoreConfig {
  if (raw.EVIDENCE_STORE === 'filesystem') return { kind: 'filesystem', dir: evidenceDir };
  const keyId = raw.S3_ACCESS_KEY_ID;
  const secret = raw.S3_SECRET_ACCESS_KEY;
  const missing: Array<{ variable: string; because: string }> = [];
  if (raw.S3_BUCKET === undefined) {
    missing.push({ variable: 'S3_BUCKET', because: 'required when EVIDENCE_STORE=s3' });
  }
  if (keyId !== undefined && secret === undefined) {
    missing.push({ variable: 'S3_SECRET_ACCESS_KEY', because: 'required with S3_ACCESS_KEY_ID' });
  }
  if (keyId === undefined && secret !== undefined) {
    missing.push({ variable: 'S3_ACCESS_KEY_ID', because: 'required with S3_SECRET_ACCESS_KEY' });
  }
  if (missing.length > 0) throw configError(missing, env);
  return {
    kind: 's3',
    ...(raw.S3_ENDPOINT === undefined ? {} : { endpoint: raw.S3_ENDPOINT }),
    region: raw.S3_REGION,
    bucket: raw.S3_BUCKET!,
    ...(keyId === undefined || secret === undefined
      ? {}
      : { credentials: { accessKeyId: keyId, secretAccessKey: secret } }),
    forcePathStyle: raw.S3_FORCE_PATH_STYLE,
  };
}
