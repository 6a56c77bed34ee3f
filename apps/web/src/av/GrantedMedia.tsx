import { Alert, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { formatChinaTime } from '../cases/china-time.ts';
import type { AccessGrant } from './av-api.ts';

export type MediaElement = 'video' | 'audio' | 'img';

const MEDIA_STYLE = { width: '100%', maxHeight: 420, background: '#000', borderRadius: 4 };

/**
 * A stored recording, sound or photo played from the short-lived address the server gave
 * after the reason was recorded (the browser seeks with HTTP ranges). When the address has
 * run out or the codec is not playable, `onExpired` asks again.
 */
export function GrantedMedia({
  grant,
  element,
  name,
  testId,
  onExpired,
}: {
  grant: AccessGrant;
  element: MediaElement;
  name: string;
  /** e.g. `av-player`: the element gets `av-player-video` and so on. */
  testId: string;
  onExpired: () => void;
}) {
  const [broken, setBroken] = useState(false);
  const onError = () => setBroken(true);
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {element === 'video' && (
        <video
          src={grant.url}
          controls
          autoPlay
          preload="metadata"
          style={MEDIA_STYLE}
          onError={onError}
          aria-label={`播放 ${name}`}
          data-testid={`${testId}-video`}
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
          aria-label={`播放 ${name}`}
          data-testid={`${testId}-audio`}
        />
      )}
      {element === 'img' && (
        <img
          src={grant.url}
          alt={name}
          style={{ ...MEDIA_STYLE, objectFit: 'contain' }}
          onError={onError}
          data-testid={`${testId}-image`}
        />
      )}
      {broken ? (
        <Alert
          type="warning"
          showIcon
          title="无法播放：访问地址可能已过期，或浏览器不支持该文件的编码格式。"
          action={
            <Button size="small" onClick={onExpired}>
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
