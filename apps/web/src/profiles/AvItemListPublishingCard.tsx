import { Alert, App, Button, Card, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  listAvItemListPublications,
  publishAvItemList,
  type AvItemListPublications,
} from '../api/agency-profiles.ts';
import { ApiError } from '../api/problem.ts';
import { useReportError } from '../api/use-report-error.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { PUBLIC_AV_ITEMS_PATH } from './paths.ts';
import { listVersionLabel, publicationStatus } from './publication-status.ts';

/**
 * 音像记录事项清单 向社会公开: whether the list in force is the one the public reads, the
 * public address once there is something to read, every publication, and (for the agency
 * head) 发布 with a confirmation. `refreshKey` follows the page: a saved version is compared
 * again.
 */
export function AvItemListPublishingCard({
  agencyId,
  canPublish,
  refreshKey,
}: {
  agencyId: string;
  /** The agency head: publishing is his act. */
  canPublish: boolean;
  refreshKey: number;
}) {
  const { message, modal } = App.useApp();
  const reportError = useReportError();
  const [state, setState] = useState<AvItemListPublications | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    listAvItemListPublications(agencyId).then((found) => current && setState(found), reportError);
    return () => {
      current = false;
    };
  }, [agencyId, reportError, refreshKey, reloads]);

  if (state === null) {
    return (
      <Card size="small" title="音像记录事项清单公开">
        <Skeleton active paragraph={{ rows: 1 }} />
      </Card>
    );
  }

  const status = publicationStatus(state);
  const inForce = state.inForce;
  const publicUrl = `${window.location.origin}${PUBLIC_AV_ITEMS_PATH}/${agencyId}`;

  const publish = async () => {
    try {
      const published = await publishAvItemList(agencyId, inForce?.version ?? null);
      void message.success(`已发布，${formatChinaTime(published.publishedAt)} 起向社会公开`);
    } catch (error) {
      // Someone saved or published in between: show what is there now.
      if (error instanceof ApiError && error.status === 409) {
        void message.warning(error.problem.detail);
      } else {
        reportError(error);
      }
    }
    setReloads((n) => n + 1);
  };

  const confirm = () =>
    modal.confirm({
      title: '发布音像记录事项清单',
      content: `将向社会公开本机关现行的音像记录事项清单（${inForce ? `${inForce.profileName}，${listVersionLabel(inForce.version)}，共 ${inForce.itemCount} 项` : ''}）。公开后任何人无需登录即可查看；发布记入留痕日志，不能撤销。以后修改清单须重新发布。`,
      okText: '确认发布',
      cancelText: '取消',
      okButtonProps: { 'data-testid': 'av-item-list-publish-confirm' } as never,
      onOk: publish,
    });

  const latest = status.kind === 'current' || status.kind === 'outdated' ? status.latest : null;
  const published = latest && (
    <Flex vertical gap={4}>
      <span>
        {listVersionLabel(latest.profileVersion)}的清单于 {formatChinaTime(latest.publishedAt)} 由{' '}
        {latest.publishedBy.name} 发布，共 {latest.itemCount} 项。
      </span>
      <span>
        公开地址：
        <Typography.Link
          href={publicUrl}
          target="_blank"
          copyable={{ text: publicUrl }}
          data-testid="av-item-list-public-link"
        >
          {publicUrl}
        </Typography.Link>
      </span>
    </Flex>
  );

  return (
    <Card
      size="small"
      title="音像记录事项清单公开"
      data-testid="av-item-list-publishing"
      data-status={status.kind}
      extra={
        canPublish &&
        inForce !== null &&
        status.kind !== 'current' && (
          <Button type="primary" size="small" onClick={confirm} data-testid="av-item-list-publish">
            发布
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        {status.kind === 'unpublished' && (
          <Alert
            type="warning"
            showIcon
            title="尚未向社会公开"
            description={`现行清单（${listVersionLabel(inForce!.version)}，共 ${inForce!.itemCount} 项）发布后，公众无需登录即可查看。${canPublish ? '' : '请由本机关负责人发布。'}`}
          />
        )}
        {status.kind === 'current' && (
          <Alert type="success" showIcon title="现行清单已向社会公开" description={published} />
        )}
        {status.kind === 'outdated' && (
          <Alert
            type="warning"
            showIcon
            title={
              inForce
                ? `现行清单（${listVersionLabel(inForce.version)}）尚未公开，公开页面仍显示此前发布的清单`
                : '公开页面显示此前发布的清单'
            }
            description={published}
          />
        )}
        {state.items.length > 1 && (
          <Flex vertical gap={4}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              发布记录
            </Typography.Text>
            <Timeline
              data-testid="av-item-list-publications"
              items={state.items.map((item, index) => ({
                key: item.id,
                color: index === 0 ? 'blue' : 'gray',
                content: (
                  <Typography.Text style={{ fontSize: 12 }}>
                    {formatChinaTime(item.publishedAt)} {item.publishedBy.name} 发布
                    {listVersionLabel(item.profileVersion)}（{item.itemCount} 项）
                  </Typography.Text>
                ),
              }))}
            />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
