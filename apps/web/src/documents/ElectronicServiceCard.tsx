import { SendOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Input, Modal, QRCode, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { useReportError } from '../api/use-report-error.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { DocumentPreviewDrawer, type PreviewSource } from './DocumentPreviewDrawer.tsx';
import {
  fetchDeliveryReceipt,
  listDocumentDeliveries,
  sendDocumentElectronically,
  type ElectronicDelivery,
  type IssuedDocument,
  type NewDelivery,
} from './documents-api.ts';

function status(delivery: ElectronicDelivery) {
  if (delivery.deliveredAt !== null) {
    return <Tag color="green">已送达 {formatChinaTime(delivery.deliveredAt)}</Tag>;
  }
  return Date.parse(delivery.expiresAt) < Date.now() ? (
    <Tag>链接已过期</Tag>
  ) : (
    <Tag color="blue">待查收</Tag>
  );
}

/**
 * 电子送达 of an issued document (行政处罚法 第六十一条: with the party's agreement): a link to
 * the stored PDF for the party's agreed address, shown once with its QR code; the first
 * opening is the service, and its receipt can be printed for the case file.
 */
export function ElectronicServiceCard({
  document,
  canSend,
  defaultRecipient,
}: {
  readonly document: IssuedDocument;
  readonly canSend: boolean;
  readonly defaultRecipient: string;
}) {
  const report = useReportError();
  const [form] = Form.useForm<NewDelivery>();
  const onError = useFormErrorHandler(form, { fields: ['recipientName', 'address', 'consent'] });
  const [deliveries, setDeliveries] = useState<ElectronicDelivery[]>([]);
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [link, setLink] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<PreviewSource | null>(null);

  const load = useCallback(() => {
    listDocumentDeliveries(document.id).then(setDeliveries, report);
  }, [document.id, report]);
  useEffect(load, [load]);

  const send = async (input: NewDelivery) => {
    setSending(true);
    try {
      const sent = await sendDocumentElectronically(document.id, input);
      setLink(sent.link);
      load();
    } catch (error) {
      onError(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Flex vertical gap={8} data-testid="electronic-service">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>电子送达</Typography.Text>
        {canSend && (
          <Button
            size="small"
            icon={<SendOutlined />}
            onClick={() => setOpen(true)}
            data-testid="delivery-open"
          >
            电子送达
          </Button>
        )}
      </Flex>
      {deliveries.length > 0 && (
        <Table<ElectronicDelivery>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={deliveries}
          columns={[
            { title: '受送达人', dataIndex: 'recipientName' },
            { title: '送达地址', dataIndex: 'address' },
            { title: '状态', key: 'status', render: (_, delivery) => status(delivery) },
            {
              title: '',
              key: 'receipt',
              width: 64,
              render: (_, delivery) =>
                delivery.deliveredAt === null ? null : (
                  <Button
                    size="small"
                    type="link"
                    onClick={() =>
                      setReceipt({
                        title: `电子送达回执 ${document.number}`,
                        fileName: `${document.number}电子送达回执.pdf`,
                        load: async (signal) => ({
                          blob: await fetchDeliveryReceipt(delivery.id, signal),
                        }),
                      })
                    }
                  >
                    回执
                  </Button>
                ),
            },
          ]}
        />
      )}
      <Modal
        title={`电子送达 ${document.number}`}
        open={open}
        onCancel={() => {
          setOpen(false);
          setLink(null);
        }}
        footer={
          link === null ? undefined : (
            <Button type="primary" onClick={() => (setOpen(false), setLink(null))}>
              完成
            </Button>
          )
        }
        onOk={() => form.submit()}
        okText="生成送达链接"
        confirmLoading={sending}
        destroyOnHidden
      >
        {link === null ? (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ recipientName: defaultRecipient }}
            onFinish={(values) => void send(values)}
          >
            <Typography.Paragraph type="secondary">
              当事人同意并签订确认书的，可以电子方式送达（《行政处罚法》第六十一条）。系统生成只能查阅本文书的链接；受送达人首次打开即视为送达，时间记入留痕日志。
            </Typography.Paragraph>
            <Form.Item
              name="recipientName"
              label="受送达人"
              rules={[{ required: true, message: '请填写受送达人' }]}
            >
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item
              name="address"
              label="送达地址"
              rules={[{ required: true, message: '请填写送达地址' }]}
            >
              <Input
                maxLength={200}
                placeholder="当事人确认的手机号码或电子邮箱"
                data-testid="delivery-address"
              />
            </Form.Item>
            <Form.Item
              name="consent"
              label="同意电子送达的情况"
              rules={[{ required: true, message: '请写明当事人同意电子送达的情况' }]}
            >
              <Input.TextArea
                rows={2}
                maxLength={300}
                placeholder="如：当事人于 2026年12月1日 签署送达地址确认书"
                data-testid="delivery-consent"
              />
            </Form.Item>
          </Form>
        ) : (
          <Flex vertical gap={12} align="center" data-testid="delivery-link">
            <Alert
              type="success"
              showIcon
              title="链接已生成。请立即通过短信或邮件发送给受送达人：链接只显示这一次。"
            />
            <QRCode value={link} size={180} />
            <Typography.Text copyable code style={{ wordBreak: 'break-all' }}>
              {link}
            </Typography.Text>
          </Flex>
        )}
      </Modal>
      <DocumentPreviewDrawer source={receipt} onClose={() => setReceipt(null)} />
    </Flex>
  );
}
