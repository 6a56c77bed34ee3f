import { PosterBox } from '../av/PosterBox.tsx';
import type { ImportedFileView } from './imports-api.ts';

/** The frame the server cut from the imported file, or its type's icon when there is none. */
export function ImportPoster({
  file,
}: {
  file: Pick<ImportedFileView, 'posterUrl' | 'mediaType' | 'fileName'>;
}) {
  const type = file.mediaType.startsWith('audio/')
    ? 'audio'
    : file.mediaType.startsWith('image/')
      ? 'photo'
      : 'video';
  return <PosterBox src={file.posterUrl} type={type} name={file.fileName} testId="import-poster" />;
}
