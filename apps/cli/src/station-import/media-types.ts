/**
 * What a body camera writes, by extension: recordings, sound and photos. Anything else on
 * the docked drive (the camera's logs, its settings, a thumbnail cache) is not evidence and
 * is skipped with a word in the report.
 */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.mp4': 'video/mp4',
  '.m4v': 'video/mp4',
  '.mov': 'video/quicktime',
  '.avi': 'video/x-msvideo',
  '.mkv': 'video/x-matroska',
  '.ts': 'video/mp2t',
  '.mts': 'video/mp2t',
  '.3gp': 'video/3gpp',
  '.wav': 'audio/wav',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.amr': 'audio/amr',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

export function mediaTypeOf(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? undefined : MEDIA_TYPES[fileName.slice(dot).toLowerCase()];
}
