import {
  CloseOutlined,
  DeleteOutlined,
  FileAddOutlined,
  PauseOutlined,
  CaretRightOutlined,
  RedoOutlined,
} from '@ant-design/icons';
import { Button, Flex, Progress, Tag, Tooltip, Typography } from 'antd';
import { formatBytes } from './av-format.ts';
import {
  canCancel,
  canPause,
  canResume,
  isFinal,
  stagePercent,
  stageStatus,
  stageText,
} from './upload-stage.ts';
import type { UploadItem } from './use-upload-queue.ts';

export interface UploadRowActions {
  pause(key: string): void;
  resume(key: string): void;
  cancel(key: string): void;
  retry(key: string): void;
  remove(key: string): void;
  /** 登记音像记录 for a stored file; absent where a stored file needs nothing more. */
  register?(item: UploadItem): void;
}

const TEXT_COLOR: Record<string, 'success' | 'danger' | 'secondary' | undefined> = {
  stored: 'success',
  mismatch: 'danger',
  rejected: 'danger',
  failed: 'danger',
  cancelled: 'secondary',
};

/**
 * One file on its way in: name, size, the stage (校验计算中 n% → 上传中 n% → 服务器校验 →
 * 已入库), a bar, and what can be done to it now.
 */
export function UploadRow({ item, actions }: { item: UploadItem; actions: UploadRowActions }) {
  const name = item.file.name;
  const stage = { phase: item.phase, percent: item.percent, paused: item.paused };
  const retryable = item.phase === 'failed' || item.phase === 'mismatch';
  const awaitsRegistration = item.phase === 'stored' && !item.avRecordId;
  return (
    <Flex
      vertical
      gap={4}
      role="group"
      aria-label={`上传文件 ${name}`}
      data-testid="av-upload-row"
      data-phase={item.phase}
      data-paused={item.paused}
      style={{ padding: '8px 0', borderBottom: '1px solid #f0f0f0' }}
    >
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong ellipsis={{ tooltip: name }} style={{ maxWidth: 300 }}>
          {name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {formatBytes(item.file.size)}
        </Typography.Text>
        <Typography.Text
          type={TEXT_COLOR[item.phase]}
          style={{ fontSize: 12 }}
          data-testid="av-upload-stage"
        >
          {stageText(stage)}
        </Typography.Text>
        {item.avRecordId && <Tag color="green">已登记</Tag>}
        <Flex gap={4} style={{ marginInlineStart: 'auto' }}>
          {canPause(stage) && (
            <Tooltip title="暂停">
              <Button
                size="small"
                icon={<PauseOutlined />}
                aria-label={`暂停 ${name}`}
                onClick={() => actions.pause(item.key)}
                data-testid="av-upload-pause"
              />
            </Tooltip>
          )}
          {canResume(stage) && (
            <Tooltip title="继续">
              <Button
                size="small"
                icon={<CaretRightOutlined />}
                aria-label={`继续 ${name}`}
                onClick={() => actions.resume(item.key)}
                data-testid="av-upload-resume"
              />
            </Tooltip>
          )}
          {retryable && (
            <Tooltip title={item.phase === 'failed' ? '从断点继续上传' : '重新校验并上传'}>
              <Button
                size="small"
                icon={<RedoOutlined />}
                aria-label={`重试 ${name}`}
                onClick={() => actions.retry(item.key)}
                data-testid="av-upload-retry"
              />
            </Tooltip>
          )}
          {canCancel(stage) && (
            <Tooltip title="取消上传">
              <Button
                size="small"
                danger
                icon={<CloseOutlined />}
                aria-label={`取消 ${name}`}
                onClick={() => actions.cancel(item.key)}
                data-testid="av-upload-cancel"
              />
            </Tooltip>
          )}
          {isFinal(item.phase) && !(awaitsRegistration && actions.register) && (
            <Tooltip title="从列表中移除">
              <Button
                size="small"
                type="text"
                icon={<DeleteOutlined />}
                aria-label={`移除 ${name}`}
                onClick={() => actions.remove(item.key)}
                data-testid="av-upload-remove"
              />
            </Tooltip>
          )}
          {awaitsRegistration && actions.register && (
            <Button
              size="small"
              type="primary"
              icon={<FileAddOutlined />}
              aria-label={`登记音像记录 ${name}`}
              onClick={() => actions.register?.(item)}
              data-testid="av-upload-register"
            >
              登记音像记录
            </Button>
          )}
        </Flex>
      </Flex>
      <Progress
        percent={stagePercent(stage)}
        status={stageStatus(stage)}
        size="small"
        showInfo={false}
        aria-label={`${name} ${stageText(stage)}`}
      />
      {item.message && (
        <Typography.Text
          type={item.phase === 'stored' ? 'secondary' : 'danger'}
          style={{ fontSize: 12 }}
          data-testid="av-upload-message"
        >
          {item.message}
        </Typography.Text>
      )}
      {item.sha256 && (
        <Typography.Text type="secondary" style={{ fontSize: 11, fontFamily: 'monospace' }}>
          SHA-256 {item.sha256}
        </Typography.Text>
      )}
    </Flex>
  );
}
