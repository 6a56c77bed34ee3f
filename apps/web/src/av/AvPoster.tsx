import { posterUrl, type AvKind } from './av-api.ts';
import { PosterBox } from './PosterBox.tsx';

/** The poster frame the server cut from the recording, or the kind's icon when there is none. */
export function AvPoster({
  id,
  kind,
  hasPoster,
  name,
}: {
  id: string;
  kind: AvKind;
  hasPoster: boolean;
  name: string;
}) {
  const type = kind === 'audio' ? 'audio' : kind === 'photo' ? 'photo' : 'video';
  return (
    <PosterBox src={hasPoster ? posterUrl(id) : null} type={type} name={name} testId="av-poster" />
  );
}
