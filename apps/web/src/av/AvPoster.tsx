import { AudioOutlined, PictureOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { posterUrl, type AvKind } from './av-api.ts';

const BOX = {
  width: 72,
  height: 40,
  borderRadius: 4,
  background: '#f5f5f5',
  display: 'flex',
  alignItems: 'center',
  justifyContent: 'center',
  color: '#8c8c8c',
  fontSize: 18,
  overflow: 'hidden',
  flex: 'none',
} as const;

function KindIcon({ kind }: { kind: AvKind }) {
  if (kind === 'audio') return <AudioOutlined />;
  if (kind === 'photo') return <PictureOutlined />;
  return <VideoCameraOutlined />;
}

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
  const [failed, setFailed] = useState(false);
  return (
    <div style={BOX} data-testid="av-poster">
      {hasPoster && !failed ? (
        <img
          src={posterUrl(id)}
          alt={`${name} 封面`}
          loading="lazy"
          style={{ width: '100%', height: '100%', objectFit: 'cover' }}
          onError={() => setFailed(true)}
        />
      ) : (
        <KindIcon kind={kind} />
      )}
    </div>
  );
}
