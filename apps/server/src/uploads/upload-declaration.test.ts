import { describe, expect, it } from 'vitest';
import { isStateSecret, readDeclaration } from './upload-declaration.ts';

const SHA = 'a1'.repeat(32);
const CASE_ID = '0d9f3a52-6c1e-4b8e-9a51-2f7c1e0b6d11';

const complete = { filename: '询问笔录同步录像.mp4', filetype: 'video/mp4', sha256: SHA };

function problemsOf(metadata: Record<string, string>) {
  const result = readDeclaration(metadata);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

describe('the upload declaration', () => {
  it('reads a complete declaration', () => {
    expect(
      readDeclaration({ ...complete, caseId: CASE_ID.toUpperCase(), classification: '工作秘密' }),
    ).toEqual({
      ok: true,
      declaration: {
        fileName: '询问笔录同步录像.mp4',
        mediaType: 'video/mp4',
        algorithm: 'sha256',
        digest: SHA,
        caseId: CASE_ID,
        classification: '工作秘密',
      },
    });
  });

  it('takes an SM3 digest instead of SHA-256', () => {
    const result = readDeclaration({ filename: 'a.wav', filetype: 'audio/wav', sm3: SHA });
    expect(result).toMatchObject({ ok: true, declaration: { algorithm: 'sm3', digest: SHA } });
  });

  it('records a file of unknown type as application/octet-stream', () => {
    expect(readDeclaration({ ...complete, filetype: '' })).toMatchObject({
      ok: true,
      declaration: { mediaType: 'application/octet-stream' },
    });
  });

  it.each([
    [{ filetype: 'video/mp4', sha256: SHA }, 'Upload-Metadata.filename', '缺少文件名'],
    [{ ...complete, filename: '  ' }, 'Upload-Metadata.filename', '缺少文件名'],
    [{ ...complete, filename: '../../etc/passwd' }, 'Upload-Metadata.filename', '路径'],
    [{ ...complete, filename: 'C:\\DCIM\\a.mp4' }, 'Upload-Metadata.filename', '路径'],
    [{ ...complete, filename: 'a\u0000.mp4' }, 'Upload-Metadata.filename', '控制字符'],
    [{ ...complete, filename: `${'录'.repeat(256)}` }, 'Upload-Metadata.filename', '255'],
    [{ filename: 'a.mp4', sha256: SHA }, 'Upload-Metadata.filetype', '缺少文件类型'],
    [{ ...complete, filetype: 'mp4' }, 'Upload-Metadata.filetype', '不是有效的文件类型'],
    [{ filename: 'a.mp4', filetype: 'video/mp4' }, 'Upload-Metadata.sha256', '二者之一'],
    [{ ...complete, sm3: SHA }, 'Upload-Metadata.sm3', '只能声明其中一个'],
    [{ ...complete, sha256: SHA.toUpperCase() }, 'Upload-Metadata.sha256', '小写十六进制'],
    [{ ...complete, sha256: 'abc' }, 'Upload-Metadata.sha256', '64 位'],
    [{ filename: 'a', filetype: 'video/mp4', sm3: 'zz'.repeat(32) }, 'Upload-Metadata.sm3', '64'],
    [{ ...complete, caseId: 'case-1' }, 'Upload-Metadata.caseId', '案件编号'],
    [{ ...complete, classification: '' }, 'Upload-Metadata.classification', '密级'],
    [{ ...complete, classification: '内部\u0000' }, 'Upload-Metadata.classification', '空字符'],
  ])('refuses %j naming %s', (metadata, name, reason) => {
    const problems = problemsOf(metadata as Record<string, string>);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.name).toBe(name);
    expect(problems[0]!.reason).toContain(reason);
  });

  it('names every problem at once', () => {
    expect(problemsOf({ caseId: 'x' }).map((problem) => problem.name)).toEqual([
      'Upload-Metadata.filename',
      'Upload-Metadata.filetype',
      'Upload-Metadata.sha256',
      'Upload-Metadata.caseId',
    ]);
  });

  it('knows the state-secret markings (国家秘密 and its levels) and nothing else', () => {
    for (const marking of ['state_secret', '国家秘密', '秘密', '机密', '绝密', ' 绝密 ']) {
      expect(isStateSecret(marking), marking).toBe(true);
    }
    for (const marking of [null, '工作秘密', '个人隐私', '商业秘密', 'internal']) {
      expect(isStateSecret(marking), String(marking)).toBe(false);
    }
  });
});
