import { describe, expect, it } from 'vitest';
import { servedSafely, showsInline } from './reasoned-access.routes.ts';

describe('what stored evidence a browser may show in the page', () => {
  it.each([
    ['video/mp4', true],
    ['audio/mpeg', true],
    ['image/jpeg', true],
    ['Application/PDF; x=1', true],
    ['image/svg+xml', false],
    ['text/html', false],
    ['application/octet-stream', false],
    ['', false],
  ])('%s → inline %s', (mediaType, inline) => {
    expect(showsInline(mediaType)).toBe(inline);
  });

  it('saves anything else as an attachment, under its name', () => {
    const file = { sizeBytes: 1, mediaType: 'text/html', open: () => Promise.reject(new Error()) };
    expect(servedSafely(file).disposition).toEqual({
      kind: 'attachment',
      name: 'file.bin',
      fallbackStem: 'file',
    });
    const named = {
      ...file,
      disposition: { kind: 'inline' as const, name: '询问.html', fallbackStem: 'recording' },
    };
    expect(servedSafely(named).disposition?.kind).toBe('attachment');
    expect(servedSafely(named).disposition?.name).toBe('询问.html');
  });
});
