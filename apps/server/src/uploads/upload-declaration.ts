import { isStateSecretMarking } from '@liuhen/domain';
import { unfitText } from '../http/input-hardening.ts';
import type { InvalidParam } from '../http/problem.ts';

export type DigestAlgorithm = 'sha256' | 'sm3';

/** What a client declares about the file it is about to send (tus Upload-Metadata). */
export interface UploadDeclaration {
  readonly fileName: string;
  readonly mediaType: string;
  readonly algorithm: DigestAlgorithm;
  /** Lower-case hex, 64 characters for both SHA-256 and SM3. */
  readonly digest: string;
  readonly caseId: string | null;
  readonly classification: string | null;
}

const HEX64 = /^[0-9a-f]{64}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// type/subtype with optional parameters (RFC 9110 token characters).
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;.*)?$/i;
/** Control characters, and separators that would make a name a path. */
function unfitForFileName(name: string): boolean {
  return [...name].some((char) => {
    const code = char.codePointAt(0)!;
    return code < 0x20 || code === 0x7f || char === '/' || char === '\\';
  });
}
const MAX_FILE_NAME = 255;

/**
 * A state secret may not reach this server at all (000 第十七条): every way of writing the
 * marking (秘密★10年, 国家秘密（机密）, 【绝密】…) is recognised in @liuhen/domain;
 * other markings (工作秘密, 商业秘密, 个人隐私) are kept as given.
 */
export function isStateSecret(classification: string | null): boolean {
  return isStateSecretMarking(classification);
}

const field = (key: string) => `Upload-Metadata.${key}`;

/**
 * Checks the decoded metadata pairs. Returns every problem at once, each naming its key,
 * so that a client developer fixes them in one go.
 */
export function readDeclaration(
  metadata: Readonly<Record<string, string>>,
):
  | { readonly ok: true; readonly declaration: UploadDeclaration }
  | { readonly ok: false; readonly problems: InvalidParam[] } {
  const problems: InvalidParam[] = [];
  // Every value is stored with the upload: a NUL byte would fail the insert.
  for (const [key, value] of Object.entries(metadata)) {
    // The file name has its own, stricter rule (no control characters at all), below.
    const reason = key === 'filename' ? undefined : unfitText(value);
    if (reason) problems.push({ name: field(key), reason });
  }
  if (problems.length > 0) return { ok: false, problems };

  const fileName = metadata.filename;
  if (fileName === undefined || fileName.trim() === '') {
    problems.push({ name: field('filename'), reason: '缺少文件名' });
  } else if (unfitForFileName(fileName)) {
    problems.push({ name: field('filename'), reason: '文件名不能包含路径分隔符或控制字符' });
  } else if ([...fileName].length > MAX_FILE_NAME) {
    problems.push({ name: field('filename'), reason: `文件名不能超过 ${MAX_FILE_NAME} 个字符` });
  }

  const fileType = metadata.filetype;
  if (fileType === undefined) {
    problems.push({ name: field('filetype'), reason: '缺少文件类型（如 video/mp4）' });
  } else if (fileType !== '' && (!MEDIA_TYPE.test(fileType) || fileType.length > 255)) {
    problems.push({ name: field('filetype'), reason: '不是有效的文件类型（如 video/mp4）' });
  }

  const declared = (['sha256', 'sm3'] as const).filter((key) => metadata[key] !== undefined);
  if (declared.length === 0) {
    problems.push({
      name: field('sha256'),
      reason: '须声明文件的 SHA-256 或 SM3 校验值（二者之一）',
    });
  } else if (declared.length > 1) {
    problems.push({ name: field('sm3'), reason: 'SHA-256 与 SM3 只能声明其中一个' });
  } else if (!HEX64.test(metadata[declared[0]!]!)) {
    problems.push({
      name: field(declared[0]!),
      reason: '校验值须为 64 位小写十六进制字符',
    });
  }

  const caseId = metadata.caseId;
  if (caseId !== undefined && !UUID.test(caseId)) {
    problems.push({ name: field('caseId'), reason: '不是有效的案件编号（UUID）' });
  }

  const classification = metadata.classification;
  if (
    classification !== undefined &&
    (classification.trim() === '' || classification.length > 64)
  ) {
    problems.push({ name: field('classification'), reason: '密级标识须为 1 到 64 个字符' });
  }

  if (problems.length > 0) return { ok: false, problems };
  const algorithm = declared[0]!;
  return {
    ok: true,
    declaration: {
      fileName: fileName!,
      // Browsers give no type for files they do not recognise; keep the bytes' nature honest.
      mediaType: fileType === '' || fileType === undefined ? 'application/octet-stream' : fileType,
      algorithm,
      digest: metadata[algorithm]!,
      caseId: caseId?.toLowerCase() ?? null,
      classification: classification?.trim() ?? null,
    },
  };
}
