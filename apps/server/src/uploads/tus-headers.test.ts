import { describe, expect, it } from 'vitest';
import {
  encodeUploadMetadata,
  mediaTypeOf,
  parseUploadLength,
  parseUploadMetadata,
  parseUploadOffset,
  speaksOurTus,
} from './tus-headers.ts';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('tus headers', () => {
  it('reads Upload-Length and refuses what is not a positive byte count', () => {
    expect(parseUploadLength('1048576')).toEqual({ ok: true, value: 1_048_576 });
    expect(parseUploadLength(' 68719476736 ')).toEqual({ ok: true, value: 68_719_476_736 });
    for (const bad of ['', '-1', '1.5', '1e6', '0x10', 'abc', '99999999999999999999']) {
      const parsed = parseUploadLength(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.problem.name).toBe('Upload-Length');
    }
    const missing = parseUploadLength(undefined);
    expect(missing).toMatchObject({ ok: false, problem: { name: 'Upload-Length' } });
    if (!missing.ok) expect(missing.problem.reason).toContain('缺少');
    const empty = parseUploadLength('0');
    expect(empty).toMatchObject({ ok: false });
    if (!empty.ok) expect(empty.problem.reason).toContain('0 字节');
  });

  it('reads Upload-Offset, zero included', () => {
    expect(parseUploadOffset('0')).toEqual({ ok: true, value: 0 });
    expect(parseUploadOffset('524288')).toEqual({ ok: true, value: 524_288 });
    expect(parseUploadOffset(undefined)).toMatchObject({
      ok: false,
      problem: { name: 'Upload-Offset' },
    });
    expect(parseUploadOffset('-5')).toMatchObject({ ok: false });
  });

  it('accepts only Tus-Resumable 1.0.0', () => {
    expect(speaksOurTus('1.0.0')).toBe(true);
    expect(speaksOurTus('0.2.2')).toBe(false);
    expect(speaksOurTus(undefined)).toBe(false);
  });

  it('decodes Upload-Metadata pairs, UTF-8 file names and empty values included', () => {
    const header = `filename ${b64('执法记录仪 0001 号.mp4')},filetype ${b64('video/mp4')},is_confidential, sha256 ${b64('ab'.repeat(32))}`;
    expect(parseUploadMetadata(header)).toEqual({
      ok: true,
      value: {
        filename: '执法记录仪 0001 号.mp4',
        filetype: 'video/mp4',
        is_confidential: '',
        sha256: 'ab'.repeat(32),
      },
    });
  });

  it('round-trips through encodeUploadMetadata', () => {
    const metadata = { filename: '现场检查 (1).mp4', filetype: 'video/mp4', empty: '' };
    const parsed = parseUploadMetadata(encodeUploadMetadata(metadata));
    expect(parsed).toEqual({ ok: true, value: metadata });
  });

  it.each([
    [undefined, '缺少此请求头'],
    ['', '缺少此请求头'],
    [`filename ${b64('a')} extra`, '格式不正确'],
    [`file name ${b64('a')}`, '格式不正确'],
    [`filename ${b64('a')},filename ${b64('b')}`, '重复'],
    ['filename not*base64', 'base64'],
    ['filename YQ', 'base64'],
    [`filename ${Buffer.from([0xff, 0xfe]).toString('base64')}`, 'UTF-8'],
  ])('refuses the malformed Upload-Metadata %j', (header, reason) => {
    const parsed = parseUploadMetadata(header);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem.name).toBe('Upload-Metadata');
      expect(parsed.problem.reason).toContain(reason);
    }
  });

  it('reads the media type without parameters', () => {
    expect(mediaTypeOf('Application/Offset+Octet-Stream; charset=x')).toBe(
      'application/offset+octet-stream',
    );
    expect(mediaTypeOf(undefined)).toBeUndefined();
    expect(mediaTypeOf('')).toBeUndefined();
  });
});
