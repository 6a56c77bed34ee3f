import { FileSearchOutlined } from '@ant-design/icons';
import { Button, Tag, Tooltip, Typography } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import type { AccessRequest } from './access-api.ts';
import type { AccessOffer } from './material-actions.ts';

/**
 * In a table row, where 查看 and 下载副本 would be for those who may: the request waiting
 * for the head, 申请调阅 limited to this material, or why there is nothing to click.
 * (The recording drawer says the same at length: AccessNeeded.)
 */
export function AccessOfferCell({
  offer,
  pending,
  name,
  onRequest,
  testId,
}: {
  offer: AccessOffer;
  pending: AccessRequest | undefined;
  /** As the button's accessible name says it: 附件“…”. */
  name: string;
  onRequest: () => void;
  /** `<testId>-pending`, `<testId>-request`, `<testId>-refused`. */
  testId: string;
}) {
  switch (offer) {
    case 'none':
      return null;
    case 'pending':
      return (
        <Tooltip
          title={
            pending && `${formatChinaTime(pending.createdAt)} 提交；调阅事由：${pending.reason}`
          }
        >
          <Tag color="blue" data-testid={`${testId}-pending`}>
            调阅待审批
          </Tag>
        </Tooltip>
      );
    case 'request':
      return (
        <Tooltip title="超出本人权限调阅、复制，须经承办机构负责人批准；批准后在有效期内可以查看。">
          <Button
            size="small"
            icon={<FileSearchOutlined />}
            onClick={onRequest}
            aria-label={`申请调阅${name}`}
            data-testid={`${testId}-request`}
          >
            申请调阅
          </Button>
        </Tooltip>
      );
    case 'refused':
      return (
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12 }}
          data-testid={`${testId}-refused`}
        >
          无权查看
        </Typography.Text>
      );
  }
}
