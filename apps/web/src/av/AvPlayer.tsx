import { useState } from 'react';
import { AccessReasonForm } from './AccessReasonForm.tsx';
import { requestAvAccess, type AccessGrant, type AvRecordView } from './av-api.ts';
import { GrantedMedia, type MediaElement } from './GrantedMedia.tsx';

/** Photos as images, sound as audio, everything else (video, CCTV) in the video player. */
export function mediaElementOf(
  record: Pick<AvRecordView, 'kind' | 'evidenceObject'>,
): MediaElement {
  const type = record.evidenceObject.mediaType;
  if (record.kind === 'photo' || type.startsWith('image/')) return 'img';
  if (record.kind === 'audio' || type.startsWith('audio/')) return 'audio';
  return 'video';
}

/**
 * 播放: asks for the reason, gets a short-lived address from the server (the access is on
 * the ledger), and plays from it; the browser seeks with HTTP range requests.
 */
export function AvPlayer({ record }: { record: AvRecordView }) {
  const [grant, setGrant] = useState<AccessGrant | null>(null);
  const request = async (reason: string) =>
    setGrant(await requestAvAccess(record.id, 'view', reason));
  if (!grant) return <AccessReasonForm onSubmit={request} />;
  return (
    <GrantedMedia
      grant={grant}
      element={mediaElementOf(record)}
      name={record.name}
      testId="av-player"
      onExpired={() => setGrant(null)}
    />
  );
}
