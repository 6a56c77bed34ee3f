import { FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { formatChinaTime } from '../cases/china-time.ts';
import type { AccessRequest } from './access-api.ts';
import { accessRequestsPath } from './paths.ts';

/**
 * In place of the player (or a viewer) when the user's role does not reach the material:
 * why, on what basis, and 申请调阅 — or where his request stands.
 */
export function AccessNeeded({
  what,
  pending,
  canRequest,
  onRequest,
  testId,
}: {
  /** 查看、复制本音像记录 */
  what: string;
  pending: AccessRequest | undefined;
  canRequest: boolean;
  onRequest: () => void;
  testId: string;
}) {
  if (pending) {
    return (
      <Alert
        type="info"
        showIcon
        title="调阅申请已提交，待承办机构负责人审批"
        description={
          <Flex vertical gap={4}>
            <span>
              {formatChinaTime(pending.createdAt)} 提交；调阅事由：{pending.reason}
            </span>
            <Link to={accessRequestsPath('mine')}>查看我的申请</Link>
          </Flex>
        }
        data-testid={`${testId}-pending`}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={`您无权${what}`}
      description={
        <Flex vertical gap={8}>
          <Typography.Text style={{ fontSize: 13 }}>
            超出本人权限调阅、复制执法记录资料，须经采集该资料的承办机构负责人批准（规定000
            第十九条、规定004 第二十三条）。批准后在有效期内可以查看，每次查看均记入留痕日志。
          </Typography.Text>
          {canRequest && (
            <span>
              <Button
                type="primary"
                icon={<FileSearchOutlined />}
                onClick={onRequest}
                data-testid={`${testId}-request`}
              >
                申请调阅
              </Button>
            </span>
          )}
        </Flex>
      }
      data-testid={`${testId}-needed`}
    />
  );
}
