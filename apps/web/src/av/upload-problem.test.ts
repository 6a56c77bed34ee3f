import { describe, expect, it } from 'vitest';
import {
  classifyRejection,
  classifyUploadError,
  uploadIdOf,
  type TusErrorLike,
} from './upload-problem.ts';

const answered = (status: number, body = ''): TusErrorLike => ({
  message: 'tus: unexpected response',
  originalResponse: { getStatus: () => status, getBody: () => body },
});

const problem = (type: string, status: number, detail: string) =>
  JSON.stringify({ type, title: '上传被拒绝', status, detail });

describe('why an upload did not get into the store', () => {
  it('reads 460 upload-hash-mismatch as 校验不一致, in the server’s words', () => {
    const failure = classifyUploadError(
      answered(
        460,
        problem('https://liuhen.dev/problems/upload-hash-mismatch', 460, '计算值为 ab12…'),
      ),
    );
    expect(failure.phase).toBe('mismatch');
    expect(failure.type).toBe('upload-hash-mismatch');
    expect(failure.message).toBe('计算值为 ab12…');
  });

  it('knows a mismatch by its status even without a problem body, and says nothing was kept', () => {
    const failure = classifyUploadError(answered(460, 'not json'));
    expect(failure.phase).toBe('mismatch');
    expect(failure.message).toContain('未予保存');
  });

  it('reads state-secret-refused as 已拒绝 and passes on the cited reason', () => {
    const detail = '涉及国家秘密的音像记录不得上传（规定000 第十七条）';
    const failure = classifyUploadError(
      answered(422, problem('https://liuhen.dev/problems/state-secret-refused', 422, detail)),
    );
    expect(failure).toEqual({ phase: 'rejected', message: detail, type: 'state-secret-refused' });
  });

  it('reads 413 as too large, refused', () => {
    const failure = classifyUploadError(answered(413));
    expect(failure.phase).toBe('rejected');
    expect(failure.message).toContain('文件超过允许的大小');
  });

  it('treats a lost session, a server error and a lost network as interruptions to retry', () => {
    expect(classifyUploadError(answered(401)).phase).toBe('failed');
    expect(classifyUploadError(answered(401)).message).toContain('重新登录');
    expect(classifyUploadError(answered(503)).phase).toBe('failed');
    expect(
      classifyUploadError({ message: 'tus: failed to upload chunk', originalResponse: null }),
    ).toMatchObject({
      phase: 'failed',
      message: expect.stringContaining('断点') as unknown as string,
    });
  });

  it('reads a rejection the server recorded after the bytes arrived', () => {
    expect(
      classifyRejection({ type: 'https://liuhen.dev/problems/upload-hash-mismatch', detail: '' })
        .phase,
    ).toBe('mismatch');
    expect(classifyRejection({ type: 'state-secret-refused', detail: '不得上传' })).toEqual({
      phase: 'rejected',
      message: '不得上传',
      type: 'state-secret-refused',
    });
  });
});

describe('the upload id in a tus upload URL', () => {
  it('is the last path segment', () => {
    expect(
      uploadIdOf('http://localhost:8080/api/v1/uploads/6f1c2d3e-0000-4000-8000-000000000001'),
    ).toBe('6f1c2d3e-0000-4000-8000-000000000001');
    expect(uploadIdOf('/api/v1/uploads/abc/?x=1')).toBe('abc');
    expect(uploadIdOf(null)).toBeUndefined();
    expect(uploadIdOf('')).toBeUndefined();
  });
});
