import { InboxOutlined } from '@ant-design/icons';
import { Alert, Drawer, Empty, Flex, Typography, Upload } from 'antd';
import type { UploadItem, UploadQueue } from './use-upload-queue.ts';
import { UploadRow } from './UploadRow.tsx';

function summary(items: readonly UploadItem[]): string {
  const stored = items.filter((item) => item.phase === 'stored').length;
  const registered = items.filter((item) => item.avRecordId).length;
  const failed = items.filter((item) =>
    ['mismatch', 'rejected', 'failed'].includes(item.phase),
  ).length;
  const parts = [`共 ${items.length} 个文件`, `已入库 ${stored}`, `已登记 ${registered}`];
  if (failed > 0) parts.push(`未成功 ${failed}`);
  return parts.join('，');
}

/**
 * 上传音像记录: drop many files; each is hashed here, uploaded resumably, checked again by the
 * server and stored write-once. A stored file is then registered (登记音像记录).
 */
export function UploadDrawer({
  open,
  queue,
  deadlineText,
  onRegister,
  onClose,
}: {
  open: boolean;
  queue: UploadQueue;
  /** The regulation's storage deadline, said where the officer uploads. */
  deadlineText: string | undefined;
  onRegister: (item: UploadItem) => void;
  onClose: () => void;
}) {
  const { items } = queue;
  return (
    <Drawer
      title="上传音像记录"
      open={open}
      onClose={onClose}
      size={720}
      footer={
        items.length > 0 && (
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12 }}
            data-testid="av-upload-summary"
          >
            {summary(items)}
          </Typography.Text>
        )
      }
    >
      <Flex vertical gap={16}>
        <Alert
          type="info"
          showIcon
          title="文件先在本机计算 SHA-256 校验值，再分段上传；服务器收到后重新计算，一致才存入专用存储，存入后不可修改、删除。"
          description={
            <Flex vertical gap={2}>
              <span>
                网络中断或暂停后可从断点继续；离开本页会暂停上传，回到本案件后重新选择同一文件即可接着上传。
              </span>
              {deadlineText && <span>{deadlineText}</span>}
            </Flex>
          }
        />
        <div data-testid="av-upload-dropzone">
          <Upload.Dragger
            multiple
            showUploadList={false}
            beforeUpload={(file) => {
              queue.add([file]);
              return Upload.LIST_IGNORE;
            }}
            aria-label="选择或拖入音像记录文件"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">点击选择或将文件拖到此处</p>
            <p className="ant-upload-hint">
              可一次选择多个文件（执法记录仪视频、录音、照片），逐个校验并上传，同时最多 2 个。
            </p>
          </Upload.Dragger>
        </div>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未选择文件" />
        ) : (
          <div data-testid="av-upload-list">
            {items.map((item) => (
              <UploadRow
                key={item.key}
                item={item}
                actions={{
                  pause: queue.pause,
                  resume: queue.resume,
                  cancel: queue.cancel,
                  retry: queue.retry,
                  remove: queue.remove,
                  register: onRegister,
                }}
              />
            ))}
          </div>
        )}
      </Flex>
    </Drawer>
  );
}
