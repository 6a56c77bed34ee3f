import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formatBytes } from '../av/av-format.ts';
import { isFinal, type UploadPhase } from '../av/upload-stage.ts';
import { UploadRow } from '../av/UploadRow.tsx';
import { useUploadQueue } from '../av/use-upload-queue.ts';
import { useNestedFormErrors } from '../cases/form-problems.ts';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_TYPES_TEXT,
  attachmentFileProblem,
  attachmentTypeOf,
} from './attachment-media.ts';
import { createAttachment, type AttachmentView } from './attachments-api.ts';

const ENDED_UNSTORED: ReadonlySet<UploadPhase> = new Set([
  'mismatch',
  'rejected',
  'failed',
  'cancelled',
]);

/** The server names the description as `body.description`; anything else is said in a message. */
const locateParam = (parts: string[]) => (parts[0] === 'description' ? ['description'] : undefined);

/**
 * 上传附件: one scan or photo with what it is. The file goes the way recordings go (hashed
 * here, uploaded resumably, checked again and stored write-once), then it is attached to
 * the record. A file stored but not attached (the attachment was refused) is attached
 * again without uploading it again.
 */
export function AttachmentUploadForm({
  caseId,
  recordId,
  onAttached,
  onCancel,
}: {
  caseId: string;
  recordId: string;
  onAttached: (attachment: AttachmentView) => void;
  onCancel: () => void;
}) {
  const [form] = Form.useForm<{ description: string }>();
  const onError = useNestedFormErrors(form, locateParam);
  const queue = useUploadQueue(caseId);
  const [file, setFile] = useState<File | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  /** The description to attach under once the file is stored; null: not asked (yet). */
  const [wanted, setWanted] = useState<string | null>(null);
  const attaching = useRef(false);

  const item = file ? queue.items.find((candidate) => candidate.file === file) : undefined;
  const storedId = item?.phase === 'stored' ? item.evidenceObjectId : undefined;

  useEffect(() => {
    if (wanted === null || storedId === undefined || attaching.current) return;
    attaching.current = true;
    createAttachment(recordId, { evidenceObjectId: storedId, description: wanted })
      .then(
        (attachment) => {
          setWanted(null);
          onAttached(attachment);
        },
        (error: unknown) => {
          setWanted(null);
          onError(error);
        },
      )
      .finally(() => {
        attaching.current = false;
      });
  }, [wanted, storedId, recordId, onAttached, onError]);

  // An upload that ended without storing the file cannot be attached: ask again.
  const failed = item !== undefined && ENDED_UNSTORED.has(item.phase);
  const busy = wanted !== null && !failed;

  const choose = (chosen: File) => {
    const problem = attachmentFileProblem(chosen);
    if (item) queue.remove(item.key);
    setWanted(null);
    if (problem) {
      setFile(null);
      setFileProblem(problem);
      return;
    }
    // Declared with the type its extension names when the browser gave none.
    const type = attachmentTypeOf(chosen)!;
    setFile(
      chosen.type === type
        ? chosen
        : new File([chosen], chosen.name, { type, lastModified: chosen.lastModified }),
    );
    setFileProblem(null);
  };

  const cancel = () => {
    // Closing the form would only pause the upload: the clerk meant to stop it.
    if (item && !isFinal(item.phase)) queue.cancel(item.key);
    onCancel();
  };

  const submit = ({ description }: { description: string }) => {
    if (!file) {
      setFileProblem('请选择要上传的扫描件或照片');
      return;
    }
    if (!item || failed) {
      if (item) queue.remove(item.key);
      queue.add([file]);
    }
    setWanted(description.trim());
  };

  return (
    <Flex
      vertical
      gap={8}
      style={{ padding: 12, border: '1px solid #f0f0f0', borderRadius: 6 }}
      data-testid="attachment-form"
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        可上传{ATTACHMENT_TYPES_TEXT}
        ，如签字页扫描件、现场照片。文件经校验后存入专用存储，添加后不可修改、删除。
      </Typography.Text>
      <Form form={form} layout="vertical" onFinish={submit} disabled={busy}>
        <Form.Item label="文件" required style={{ marginBottom: 8 }}>
          <Flex gap={8} align="center" wrap>
            <Upload
              accept={ATTACHMENT_ACCEPT}
              showUploadList={false}
              beforeUpload={(chosen) => {
                choose(chosen);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button icon={<UploadOutlined />} data-testid="attachment-file">
                选择文件
              </Button>
            </Upload>
            {file && (
              <Typography.Text data-testid="attachment-file-name">
                {file.name}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                  {formatBytes(file.size)}
                </Typography.Text>
              </Typography.Text>
            )}
          </Flex>
          {fileProblem && (
            <Typography.Text
              type="danger"
              style={{ fontSize: 12 }}
              data-testid="attachment-file-problem"
            >
              {fileProblem}
            </Typography.Text>
          )}
        </Form.Item>
        <Form.Item
          name="description"
          label="附件说明"
          rules={[{ required: true, whitespace: true, message: '请填写附件说明' }]}
          style={{ marginBottom: 8 }}
        >
          <Input
            placeholder="如：询问笔录签字页扫描件"
            maxLength={200}
            data-testid="attachment-description"
          />
        </Form.Item>
        <Flex gap={8} justify="flex-end">
          <Button onClick={cancel} disabled={false}>
            取消
          </Button>
          <Button
            type="primary"
            htmlType="submit"
            icon={<PaperClipOutlined />}
            loading={busy}
            data-testid="attachment-submit"
          >
            上传并添加
          </Button>
        </Flex>
      </Form>
      {item && (
        <UploadRow
          item={item}
          actions={{
            pause: queue.pause,
            resume: queue.resume,
            cancel: queue.cancel,
            retry: queue.retry,
            remove: queue.remove,
          }}
        />
      )}
      {failed && (
        <Alert
          type="warning"
          showIcon
          title="文件未能入库，附件未添加。可重试上传，或重新选择文件。"
        />
      )}
    </Flex>
  );
}
