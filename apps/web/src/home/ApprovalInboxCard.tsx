import { APPROVAL_KIND_LABELS } from '@liuhen/domain';
import { Card, Empty, List, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { listApprovalInbox, type InboxItem } from '../api/cases.ts';
import { casePath } from '../cases/paths.ts';
import { formatDateTime } from '../common/format.ts';

function whatWaits(item: InboxItem): string {
  const { request } = item;
  const kind = APPROVAL_KIND_LABELS[request.kind];
  if (request.status === 'returned') return `${kind} · 已退回，请修改后重新提交`;
  return `${kind} · 待${request.steps[request.currentStep]?.label ?? '办理'}`;
}

/** 待办事项: approvals waiting for this user, and their own proposals sent back. */
export function ApprovalInboxCard() {
  const [items, setItems] = useState<InboxItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    listApprovalInbox()
      .then((loaded) => live && setItems(loaded))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  return (
    <Card title="待办事项" loading={items === null && !failed} data-testid="approval-inbox">
      {failed ? (
        <Typography.Text type="danger">待办事项加载失败，请刷新页面重试。</Typography.Text>
      ) : items?.length ? (
        <List
          size="small"
          dataSource={items}
          renderItem={(item) => (
            <List.Item
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(item.request.updatedAt)}
                </Typography.Text>
              }
            >
              <List.Item.Meta
                title={
                  <Link to={casePath(item.request.caseId)}>
                    {item.caseNumber} {item.caseName}
                  </Link>
                }
                description={
                  <Tag color={item.request.status === 'returned' ? 'orange' : 'blue'}>
                    {whatWaits(item)}
                  </Tag>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无待您办理的审批" />
      )}
    </Card>
  );
}
