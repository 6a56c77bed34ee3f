import { describe, expect, it } from 'vitest';
import { attachmentFileProblem, attachmentTypeOf, displayOf } from './attachment-media.ts';

describe('attachment files', () => {
  it('take the browser type, else the extension', () => {
    expect(attachmentTypeOf({ name: 'scan.pdf', type: 'application/pdf' })).toBe('application/pdf');
    expect(attachmentTypeOf({ name: '签字页.TIF', type: '' })).toBe('image/tiff');
    expect(attachmentTypeOf({ name: 'photo.webp', type: 'application/octet-stream' })).toBe(
      'image/webp',
    );
    // A type the browser knows wins over a misleading extension.
    expect(attachmentTypeOf({ name: 'clip.png', type: 'video/mp4' })).toBeUndefined();
    expect(attachmentTypeOf({ name: 'notes.docx', type: '' })).toBeUndefined();
  });

  it('send recordings to AV records and refuse other files, in words', () => {
    expect(attachmentFileProblem({ name: 'DSJ.mp4', type: 'video/mp4', size: 10 })).toContain(
      '音像记录',
    );
    expect(attachmentFileProblem({ name: 'a.docx', type: '', size: 10 })).toContain('PDF');
    expect(attachmentFileProblem({ name: 'a.png', type: 'image/png', size: 0 })).toContain('为空');
    expect(attachmentFileProblem({ name: 'a.png', type: 'image/png', size: 10 })).toBeUndefined();
  });

  it('show images inline, PDF in its viewer, TIFF as a download', () => {
    expect(displayOf('image/jpeg')).toBe('image');
    expect(displayOf('application/pdf')).toBe('pdf');
    expect(displayOf('image/tiff')).toBe('download');
  });
});
