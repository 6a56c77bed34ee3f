import type { InvalidParam } from '../http/problem.ts';

/**
 * The parts of tus 1.0.0 (https://tus.io/protocols/resumable-upload) this server speaks:
 * the core protocol plus the creation and termination extensions. Deferred length,
 * concatenation and checksum-per-request are not offered; the whole file's hash is checked
 * on completion instead.
 */
export const TUS_VERSION = '1.0.0';
export const TUS_EXTENSIONS = 'creation,termination';
export const OFFSET_CONTENT_TYPE = 'application/offset+octet-stream';

export type HeaderValue = string | string[] | undefined;

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: InvalidParam };

const DIGITS = /^[0-9]+$/;

function single(value: HeaderValue): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function nonNegativeInteger(name: string, value: HeaderValue): Parsed<number> {
  const text = single(value)?.trim();
  if (text === undefined || text === '') {
    return { ok: false, problem: { name, reason: '缺少此请求头' } };
  }
  const number = Number(text);
  if (!DIGITS.test(text) || !Number.isSafeInteger(number)) {
    return { ok: false, problem: { name, reason: '须为不小于 0 的整数（字节数）' } };
  }
  return { ok: true, value: number };
}

/** `Upload-Length`: required at creation (this server does not offer deferred length). */
export function parseUploadLength(value: HeaderValue): Parsed<number> {
  if (single(value) === undefined) {
    return {
      ok: false,
      problem: { name: 'Upload-Length', reason: '缺少此请求头：创建上传时须声明文件的字节数' },
    };
  }
  const parsed = nonNegativeInteger('Upload-Length', value);
  if (parsed.ok && parsed.value === 0) {
    return {
      ok: false,
      problem: { name: 'Upload-Length', reason: '文件为空（0 字节），无需上传' },
    };
  }
  return parsed;
}

export function parseUploadOffset(value: HeaderValue): Parsed<number> {
  return nonNegativeInteger('Upload-Offset', value);
}

/** Whether the request speaks our tus version (OPTIONS is exempt: it asks which we speak). */
export function speaksOurTus(value: HeaderValue): boolean {
  return single(value)?.trim() === TUS_VERSION;
}

const METADATA_KEY = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * `Upload-Metadata`: comma-separated `key base64value` pairs (the value may be absent).
 * Values are decoded as UTF-8; a value that is not valid base64 or not valid UTF-8 is
 * refused rather than guessed at, since file names end up in the record.
 */
export function parseUploadMetadata(value: HeaderValue): Parsed<Record<string, string>> {
  const text = single(value);
  const fail = (reason: string): Parsed<Record<string, string>> => ({
    ok: false,
    problem: { name: 'Upload-Metadata', reason },
  });
  if (text === undefined || text.trim() === '') return fail('缺少此请求头');
  const pairs: Record<string, string> = {};
  for (const item of text.split(',')) {
    const parts = item.trim().split(' ');
    if (parts.length > 2 || parts[0] === undefined || !METADATA_KEY.test(parts[0])) {
      return fail('格式不正确：应为以逗号分隔的“键 base64值”');
    }
    const [key, encoded = ''] = parts;
    if (Object.hasOwn(pairs, key)) return fail(`键 ${key} 重复出现`);
    if (!BASE64.test(encoded)) return fail(`键 ${key} 的值不是有效的 base64 编码`);
    const decoded = Buffer.from(encoded, 'base64');
    let utf8: string;
    try {
      utf8 = new TextDecoder('utf-8', { fatal: true }).decode(decoded);
    } catch {
      return fail(`键 ${key} 的值不是有效的 UTF-8 文本`);
    }
    pairs[key] = utf8;
  }
  return { ok: true, value: pairs };
}

/** The inverse of `parseUploadMetadata`, for HEAD responses. */
export function encodeUploadMetadata(metadata: Readonly<Record<string, string>>): string {
  return Object.entries(metadata)
    .map(([key, value]) =>
      value === '' ? key : `${key} ${Buffer.from(value, 'utf8').toString('base64')}`,
    )
    .join(',');
}

/** The media type without parameters, lower-cased: `Application/Offset+Octet-Stream; x` → … */
export function mediaTypeOf(value: HeaderValue): string | undefined {
  return single(value)?.split(';')[0]?.trim().toLowerCase() || undefined;
}
