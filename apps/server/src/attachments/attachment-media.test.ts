import { describe, expect, it } from 'vitest';
import { Problem } from '../http/problem.ts';
import { looksLike, requireAttachableType } from './attachment-media.ts';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(
    values.map((value) =>
      typeof value === 'string' ? Buffer.from(value, 'latin1') : Buffer.from([value]),
    ),
  );

describe('attachment media types', () => {
  it('accept scans and photos however the sender wrote the type', () => {
    expect(requireAttachableType('Image/PNG')).toBe('image/png');
    expect(requireAttachableType('application/pdf; charset=binary')).toBe('application/pdf');
  });

  it.each([
    ['video/mp4', '音像记录'],
    ['audio/wav', '音像记录'],
    ['text/html', 'text/html'],
    ['', '未知'],
  ])('refuse %s with a message a clerk can act on', (mediaType, says) => {
    let thrown: unknown;
    try {
      requireAttachableType(mediaType);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Problem);
    const problem = thrown as Problem;
    expect(problem.status).toBe(422);
    expect(problem.slug).toBe('attachment-type-not-allowed');
    expect(problem.detail).toContain(says);
    expect(problem.detail).toContain('JPEG、PNG、TIFF、WebP 图片或 PDF 文件');
  });

  it('know each type by its first bytes', () => {
    expect(looksLike('image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    expect(looksLike('image/png', bytes(0x89, 'PNG\r\n', 0x1a, '\n'))).toBe(true);
    expect(looksLike('image/tiff', bytes('II*', 0))).toBe(true);
    expect(looksLike('image/tiff', bytes('MM', 0, '*'))).toBe(true);
    expect(looksLike('image/webp', bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8 '))).toBe(true);
    expect(looksLike('application/pdf', bytes('%PDF-1.7\n'))).toBe(true);
    // Readers accept a PDF header after some leading bytes.
    expect(looksLike('application/pdf', bytes('\r\n\r\n%PDF-1.4'))).toBe(true);

    expect(looksLike('image/png', bytes('%PDF-1.7'))).toBe(false);
    expect(looksLike('image/jpeg', bytes(0xff, 0xd8))).toBe(false);
    expect(looksLike('image/webp', bytes('RIFF', 0, 0, 0, 0, 'WAVE'))).toBe(false);
    expect(looksLike('application/pdf', Buffer.alloc(0))).toBe(false);
  });
});
