import { EyeOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Skeleton, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useState, type HTMLAttributes } from 'react';
import { AccessOfferCell } from '../access/AccessOfferCell.tsx';
import { AccessRequestDrawer } from '../access/AccessRequestDrawer.tsx';
import { materialAccess } from '../access/access-rules.ts';
import { CopyDownloadButton } from '../access/CopyDownloadButton.tsx';
import { materialActions, type MaterialActions } from '../access/material-actions.ts';
import { useCaseAccessRequests } from '../access/use-case-access-requests.ts';
import type { CaseDetail } from '../api/cases.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { formatBytes } from '../av/av-format.ts';
import { can } from '../cases/case-facts.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { useNow } from '../imports/use-now.ts';
import { displayOf } from './attachment-media.ts';
import { AttachmentUploadForm } from './AttachmentUploadForm.tsx';
import { AttachmentViewer } from './AttachmentViewer.tsx';
import { requestAttachmentAccess, type AttachmentView } from './attachments-api.ts';
import { useAttachments } from './use-attachments.ts';

/** As the request form and the buttons name it. */
const attachmentLabel = (attachment: AttachmentView) => `附件“${attachment.description}”`;

interface RowActs {
  readonly actionsOf: (attachment: AttachmentView) => MaterialActions;
  readonly onView: (attachment: AttachmentView) => void;
  readonly onRequest: (attachment: AttachmentView) => void;
}

function ActionsCell({ row, acts }: { row: AttachmentView; acts: RowActs }) {
  const actions = acts.actionsOf(row);
  return (
    <Flex vertical gap={4} align="flex-start">
      {actions.view && (
        <Button
          size="small"
          icon={<EyeOutlined />}
          onClick={() => acts.onView(row)}
          aria-label={`查看附件 ${row.description}`}
          data-testid="attachment-view"
        >
          查看
        </Button>
      )}
      {actions.download && (
        <CopyDownloadButton
          what="附件"
          fileName={row.evidenceObject.originalName}
          request={(reason) => requestAttachmentAccess(row.id, 'download', reason)}
          size="small"
          testId="attachment-download"
        />
      )}
      <AccessOfferCell
        offer={actions.offer}
        pending={actions.pending}
        name={attachmentLabel(row)}
        onRequest={() => acts.onRequest(row)}
        testId="attachment-access"
      />
    </Flex>
  );
}

function columns(acts: RowActs): TableColumnsType<AttachmentView> {
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
      width: 110,
      render: (_: unknown, row) => <ActionsCell row={row} acts={acts} />,
    },
  ];
}

/**
 * Counts the times `open` turned true, so that what is read for an open drawer (the
 * user's 调阅申请) is read again each time it is opened, not once per page.
 */
function useOpenCount(open: boolean): number {
  const [seen, setSeen] = useState({ open, count: 0 });
  if (seen.open !== open) setSeen({ open, count: open ? seen.count + 1 : seen.count });
  return seen.count;
}

/**
 * 附件 of one record version: scans and photos with what they are, who attached them and
 * when; 查看 and 下载副本 (each with a reason, on the ledger) for those whose role or grant
 * reaches the file, else 申请调阅 limited to it. Workers on the case attach more (上传附件);
 * nothing attached is ever changed or removed.
 */
export function RecordAttachments({
  detail,
  recordId,
  open,
  canAttach,
}: {
  detail: CaseDetail;
  recordId: string;
  /** Whether the record is on screen: the user's grants are read again when it opens. */
  open: boolean;
  /** May attach: a worker on the case while its file is open. */
  canAttach: boolean;
}) {
  const { message } = App.useApp();
  const caseId = detail.case.id;
  const user = useCurrentUser();
  const { attachments, loading, reload } = useAttachments(recordId);
  const access = useCaseAccessRequests(caseId, useOpenCount(open));
  // A grant that runs out while the record is open takes the buttons away within a minute.
  const now = useNow();
  const canRequest = can(detail, 'access:request');
  const [uploading, setUploading] = useState(false);
  const [viewing, setViewing] = useState<{
    open: boolean;
    attachment: AttachmentView | null;
    key: number;
  }>({ open: false, attachment: null, key: 0 });
  const [asking, setAsking] = useState<{
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

  const acts: RowActs = {
    actionsOf: (attachment) => {
      // A grant on the record covers its scans and photos, as the server reads it.
      const reach = materialAccess(detail.abilities, access.requests, {
        userId: user.id,
        subjectIds: [attachment.id, attachment.recordId],
        now: new Date(now),
      });
      return materialActions(reach, {
        viewIsCopy: displayOf(attachment.evidenceObject.mediaType) === 'download',
        canRequest,
      });
    },
    onView: (attachment) => setViewing((prev) => ({ open: true, attachment, key: prev.key + 1 })),
    onRequest: (attachment) => setAsking((prev) => ({ open: true, attachment, key: prev.key + 1 })),
  };
  const asked = asking.attachment;

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
          columns={columns(acts)}
          dataSource={attachments}
          loading={loading}
          pagination={false}
          onRow={(row) =>
            ({ 'data-testid': 'attachment-row', 'data-id': row.id }) as HTMLAttributes<HTMLElement>
          }
        />
      )}
      <AttachmentViewer
        key={viewing.key}
        open={viewing.open}
        attachment={viewing.attachment}
        onClose={() => setViewing((prev) => ({ ...prev, open: false }))}
      />
      {asked && (
        <AccessRequestDrawer
          key={`ask-${asking.key}`}
          open={asking.open}
          caseId={caseId}
          caseNumber={detail.case.caseNumber}
          subject={{ ids: [asked.id], label: attachmentLabel(asked) }}
          permissions={acts.actionsOf(asked).ask}
          onClose={() => setAsking((prev) => ({ ...prev, open: false }))}
          onSubmitted={() => {
            setAsking((prev) => ({ ...prev, open: false }));
            access.reload();
          }}
        />
      )}
    </Flex>
  );
}
