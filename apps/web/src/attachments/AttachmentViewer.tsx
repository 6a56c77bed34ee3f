import { Alert, App, Button, Flex, Image, Modal, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { MARKED_COPY_NOTICE } from '../access/access-labels.ts';
import type { AccessGrant } from '../av/av-api.ts';
import { AccessReasonForm } from '../av/AccessReasonForm.tsx';
import { formatChinaTime } from '../cases/china-time.ts';
import { displayOf } from './attachment-media.ts';
import { requestAttachmentAccess, type AttachmentView } from './attachments-api.ts';

/**
 * 查看附件: asks the reason (the view goes on the ledger with who and why), then shows an
 * image here, opens a PDF in the browser's viewer in a new tab, or offers a TIFF to save.
 * Mount it afresh for each attachment (key): the grant belongs to one.
 */
export function AttachmentViewer({
  attachment,
  open,
  onClose,
}: {
  attachment: AttachmentView | null;
  open: boolean;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const [grant, setGrant] = useState<AccessGrant | null>(null);
  const [broken, setBroken] = useState(false);
  const display = attachment ? displayOf(attachment.evidenceObject.mediaType) : 'download';
  const name = attachment?.evidenceObject.originalName ?? '';

  const request = async (reason: string) => {
    if (!attachment) return;
    // A TIFF can only be seen by saving it: that is a download, and the ledger says so.
    const purpose = display === 'download' ? 'download' : 'view';
    const next = await requestAttachmentAccess(attachment.id, purpose, reason);
    setBroken(false);
    setGrant(next);
    if (display === 'pdf') {
      // Still inside the click's activation; a blocked pop-up leaves the link below.
      const tab = window.open(next.url, '_blank');
      if (tab) {
        void message.success('已在新标签页打开；本次查看已记入留痕日志');
        onClose();
      }
    }
  };

  return (
    <Modal
      open={open}
      title={attachment ? `查看附件：${attachment.description}` : '查看附件'}
      onCancel={onClose}
      footer={null}
      width={display === 'image' && grant ? 880 : 560}
      destroyOnHidden
    >
      {attachment && (
        <Flex vertical gap={12} data-testid="attachment-viewer">
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {name}
          </Typography.Text>
          {!grant ? (
            <AccessReasonForm
              notice="查看附件将记入留痕日志（查看人、时间、事由）。请先填写查看事由。"
              testId="attachment-access"
              onSubmit={request}
            />
          ) : (
            <>
              {display === 'image' && !broken && (
                <Image
                  src={grant.url}
                  alt={attachment.description}
                  style={{ maxHeight: 560, objectFit: 'contain' }}
                  width="100%"
                  onError={() => setBroken(true)}
                  data-testid="attachment-image"
                />
              )}
              {display === 'pdf' && (
                <Typography.Link
                  href={grant.url}
                  target="_blank"
                  rel="noopener"
                  data-testid="attachment-open-pdf"
                >
                  在新标签页打开 PDF
                </Typography.Link>
              )}
              {display === 'download' && (
                <Flex vertical gap={4}>
                  <Typography.Text>
                    浏览器无法直接显示 TIFF 图片，请下载副本后用看图软件打开。
                  </Typography.Text>
                  <Tooltip title={MARKED_COPY_NOTICE}>
                    <Typography.Link href={grant.url} download={name} data-testid="attachment-save">
                      下载副本
                    </Typography.Link>
                  </Tooltip>
                </Flex>
              )}
              {broken ? (
                <Alert
                  type="warning"
                  showIcon
                  title="无法显示：访问地址可能已过期，或文件已损坏。"
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
            </>
          )}
        </Flex>
      )}
    </Modal>
  );
}
