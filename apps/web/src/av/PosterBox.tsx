import { AudioOutlined, PictureOutlined, VideoCameraOutlined } from '@ant-design/icons';
import { useState } from 'react';

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

function TypeIcon({ type }: { type: 'video' | 'audio' | 'photo' }) {
  if (type === 'audio') return <AudioOutlined />;
  if (type === 'photo') return <PictureOutlined />;
  return <VideoCameraOutlined />;
}

/** The frame the server cut from a recording, or its type's icon when there is none. */
export function PosterBox({
  src,
  type,
  name,
  testId,
}: {
  src: string | null;
  type: 'video' | 'audio' | 'photo';
  name: string;
  testId: string;
}) {
  const [failed, setFailed] = useState(false);
  return (
    <div style={BOX} data-testid={testId}>
      {src !== null && !failed ? (
        <img
          src={src}
          alt={`${name} 封面`}
          loading="lazy"
          style={{ width: '100%', height: '100%', objectFit: 'cover' }}
          onError={() => setFailed(true)}
        />
      ) : (
        <TypeIcon type={type} />
      )}
    </div>
  );
}
