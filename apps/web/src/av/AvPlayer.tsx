import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { formatChinaTime } from '../cases/china-time.ts';
import { AccessReasonForm } from './AccessReasonForm.tsx';
import { requestAvAccess, type AccessGrant, type AvRecordView } from './av-api.ts';

type MediaElement = 'video' | 'audio' | 'img';

/** Photos as images, sound as audio, everything else (video, CCTV) in the video player. */
export function mediaElementOf(
  record: Pick<AvRecordView, 'kind' | 'evidenceObject'>,
): MediaElement {
  const type = record.evidenceObject.mediaType;
  if (record.kind === 'photo' || type.startsWith('image/')) return 'img';
  if (record.kind === 'audio' || type.startsWith('audio/')) return 'audio';
  return 'video';
}

const MEDIA_STYLE = { width: '100%', maxHeight: 420, background: '#000', borderRadius: 4 };

/**
 * 播放: asks for the reason, gets a short-lived address from the server (the access is on
 * the ledger), and plays from it; the browser seeks with HTTP range requests.
 */
export function AvPlayer({ record }: { record: AvRecordView }) {
  const [grant, setGrant] = useState<AccessGrant | null>(null);
  const [broken, setBroken] = useState(false);
  const element = mediaElementOf(record);

  const request = async (reason: string) => {
    const next = await requestAvAccess(record.id, 'view', reason);
    setBroken(false);
    setGrant(next);
  };

  if (!grant) return <AccessReasonForm onSubmit={request} />;

  const onError = () => setBroken(true);
  return (
    <Flex vertical gap={8} data-testid="av-player">
      {element === 'video' && (
        <video
          src={grant.url}
          controls
          autoPlay
          preload="metadata"
          style={MEDIA_STYLE}
          onError={onError}
          aria-label={`播放 ${record.name}`}
          data-testid="av-player-video"
        />
      )}
      {element === 'audio' && (
        <audio
          src={grant.url}
          controls
          autoPlay
          preload="metadata"
          style={{ width: '100%' }}
          onError={onError}
          aria-label={`播放 ${record.name}`}
          data-testid="av-player-audio"
        />
      )}
      {element === 'img' && (
        <img
          src={grant.url}
          alt={record.name}
          style={{ ...MEDIA_STYLE, objectFit: 'contain' }}
          onError={onError}
          data-testid="av-player-image"
        />
      )}
      {broken ? (
        <Alert
          type="warning"
          showIcon
          title="无法播放：访问地址可能已过期，或浏览器不支持该文件的编码格式。"
          action={
            <Button size="small" onClick={() => setGrant(null)}>
              重新申请
            </Button>
          }
        />
      ) : (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          本次查看已记入留痕日志；访问地址有效至 {formatChinaTime(grant.expiresAt)}。
        </Typography.Text>
      )}
    </Flex>
  );
}
