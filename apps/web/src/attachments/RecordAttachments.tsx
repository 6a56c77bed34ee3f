import { EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState, type HTMLAttributes } from 'react';
import { formatBytes } from '../av/av-format.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { AttachmentUploadForm } from './AttachmentUploadForm.tsx';
import { AttachmentViewer } from './AttachmentViewer.tsx';
import type { AttachmentView } from './attachments-api.ts';
import { useAttachments } from './use-attachments.ts';

function columns(onView: (attachment: AttachmentView) => void): TableColumnsType<AttachmentView> {
  return [
    {
      title: '说明',
      dataIndex: 'description',
      render: (description: string) => (
        <span style={{ whiteSpace: 'pre-wrap' }}>{description}</span>
      ),
    },
    {
      title: '文件',
      key: 'file',
      width: 180,
      render: (_: unknown, row) => (
        <Flex vertical gap={2}>
          <Typography.Text
            ellipsis={{ tooltip: row.evidenceObject.originalName }}
            style={{ maxWidth: 170 }}
          >
            {row.evidenceObject.originalName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatBytes(row.evidenceObject.sizeBytes)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '添加',
      key: 'attached',
      width: 150,
      render: (_: unknown, row) => (
        <Flex vertical gap={2}>
          <span>{formatChinaTime(row.attachedAt)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.attachedBy.name}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '操作',
      key: 'actions',
      width: 72,
      render: (_: unknown, row) => (
        <Button
          size="small"
          icon={<EyeOutlined />}
          onClick={() => onView(row)}
          aria-label={`查看附件 ${row.description}`}
          data-testid="attachment-view"
        >
          查看
        </Button>
      ),
    },
  ];
}

/**
 * 附件 of one record version: scans and photos with what they are, who attached them and
 * when; 查看 asks the reason first. Workers on the case attach more (上传附件); nothing
 * attached is ever changed or removed.
 */
export function RecordAttachments({
  caseId,
  recordId,
  canAttach,
}: {
  caseId: string;
  recordId: string;
  /** May attach: a worker on the case while its file is open. */
  canAttach: boolean;
}) {
  const { message } = App.useApp();
  const { attachments, loading, reload } = useAttachments(recordId);
  const [uploading, setUploading] = useState(false);
  const [viewing, setViewing] = useState<{
    open: boolean;
    attachment: AttachmentView | null;
    key: number;
  }>({ open: false, attachment: null, key: 0 });

  const onAttached = useCallback(
    (attachment: AttachmentView) => {
      setUploading(false);
      reload();
      void message.success(`已添加附件“${attachment.description}”，并记入留痕日志`);
    },
    [message, reload],
  );
  const closeForm = useCallback(() => setUploading(false), []);

  return (
    <Flex vertical gap={8} data-testid="record-attachments">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>
          附件{attachments && attachments.length > 0 ? `（${attachments.length}）` : ''}
        </Typography.Text>
        {canAttach && !uploading && (
          <Button
            size="small"
            icon={<PaperClipOutlined />}
            onClick={() => setUploading(true)}
            data-testid="attachment-upload"
          >
            上传附件
          </Button>
        )}
      </Flex>
      {uploading && (
        <AttachmentUploadForm
          caseId={caseId}
          recordId={recordId}
          onAttached={onAttached}
          onCancel={closeForm}
        />
      )}
      {attachments === null ? (
        <Skeleton active paragraph={{ rows: 1 }} title={false} />
      ) : attachments.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="暂无附件"
          style={{ margin: '8px 0' }}
          data-testid="attachments-empty"
        />
      ) : (
        <Table<AttachmentView>
          rowKey="id"
          size="small"
          columns={columns((attachment) =>
            setViewing((prev) => ({ open: true, attachment, key: prev.key + 1 })),
          )}
          dataSource={attachments}
          loading={loading}
          pagination={false}
          onRow={() => ({ 'data-testid': 'attachment-row' }) as HTMLAttributes<HTMLElement>}
        />
      )}
      <AttachmentViewer
        key={viewing.key}
        open={viewing.open}
        attachment={viewing.attachment}
        onClose={() => setViewing((prev) => ({ ...prev, open: false }))}
      />
    </Flex>
  );
}
