import type { AvKind } from '@liuhen/domain';

/** The kind a stored file most likely is, from its media type; the officer can change it. */
export function kindOfMediaType(mediaType: string | undefined): AvKind {
  if (mediaType?.startsWith('audio/')) return 'audio';
  if (mediaType?.startsWith('image/')) return 'photo';
  return 'video';
}
