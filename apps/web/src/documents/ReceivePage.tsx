import { FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, problemText } from '../api/problem.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { deliveredPdfUrl, getPublicDelivery } from './documents-api.ts';
import { VERIFY_PATH } from './paths.ts';

type Delivery = Awaited<ReturnType<typeof getPublicDelivery>>;

/**
 * 电子送达, the party's side: which document the agency sent, and the button that opens it.
 * Opening it is the service; the page says so before the party presses it.
 */
export function ReceivePage() {
  const { token = '' } = useParams();
  const [delivery, setDelivery] = useState<Delivery | string | null>(null);
  useEffect(() => {
    let live = true;
    getPublicDelivery(token).then(
      (found) => live && setDelivery(found),
      (error: unknown) =>
        live &&
        setDelivery(
          error instanceof ApiError ? problemText(error.problem) : '网络错误，请稍后重试。',
        ),
    );
    return () => {
      live = false;
    };
  }, [token]);

  if (delivery === null) return <Spin />;
  if (typeof delivery === 'string')
    return <Result status="warning" title="无法打开" subTitle={delivery} />;
  return (
    <Flex vertical gap={16} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }}>
      <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 0 }}>
        执法文书送达
      </Typography.Title>
      <Card size="small">
        <Flex vertical gap={12}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'agency', label: '送达机关', children: delivery.agencyName },
              { key: 'title', label: '文书', children: delivery.title },
              { key: 'number', label: '文号', children: delivery.number },
              { key: 'sent', label: '发送时间', children: formatChinaTime(delivery.sentAt) },
            ]}
          />
          {delivery.voided ? (
            <Alert type="error" showIcon title="该文书已被执法机关作废。" />
          ) : (
            <>
              <Alert
                type="info"
                showIcon
                title={
                  delivery.deliveredAt === null
                    ? '点击下方按钮打开文书。首次打开的时间即为送达时间，将被记录。'
                    : `您已于 ${formatChinaTime(delivery.deliveredAt)} 收到本文书，可再次打开查看。`
                }
              />
              <Button
                type="primary"
                size="large"
                icon={<FilePdfOutlined />}
                href={deliveredPdfUrl(token)}
                target="_blank"
                data-testid="receive-open"
              >
                打开文书（PDF）
              </Button>
            </>
          )}
          <Typography.Text type="secondary">
            核验文书真伪：
            <Link to={`${VERIFY_PATH}/${delivery.verificationCode}`}>
              核验码 {delivery.verificationCode}
            </Link>
          </Typography.Text>
        </Flex>
      </Card>
    </Flex>
  );
}
