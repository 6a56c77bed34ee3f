import { Card, Empty, List, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import type { PublishedAvItemList } from '../api/agency-profiles.ts';
import { call } from '../api/client.ts';
import { ApiError } from '../api/problem.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { formatDate } from '../common/format.ts';

/**
 * 音像记录事项清单, public (003 第十八条 "向社会公开"): the list an agency's head last
 * published, as published, for anyone, without signing in; nothing before the first.
 */
export function PublicAvItemListPage() {
  const { agencyId = '' } = useParams();
  const [list, setList] = useState<PublishedAvItemList | 'missing' | 'unpublished' | null>(null);
  useEffect(() => {
    let current = true;
    call('getPublicAvItemList', { path: { id: agencyId } }).then(
      (found) => current && setList(found),
      (error: unknown) =>
        current &&
        setList(
          error instanceof ApiError && error.is('av-item-list-not-published')
            ? 'unpublished'
            : 'missing',
        ),
    );
    return () => {
      current = false;
    };
  }, [agencyId]);

  if (list === null) return <Spin />;
  if (list === 'missing') return <Empty description="未找到该执法机关的音像记录事项清单" />;
  if (list === 'unpublished') {
    return (
      <Empty
        description="该执法机关尚未公开音像记录事项清单"
        data-testid="public-av-item-list-none"
      />
    );
  }
  return (
    <Card data-testid="public-av-item-list">
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {list.agencyName}音像记录事项清单
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        依据：{list.profileName}
        {list.version !== null && `（第 ${list.version} 版，${formatDate(list.savedAt)} 保存）`}
        <br />
        <span data-testid="public-av-item-list-published-at">
          {formatChinaTime(list.publishedAt)} 发布
        </span>
      </Typography.Paragraph>
      <Typography.Paragraph>下列执法活动应当进行全程音像记录：</Typography.Paragraph>
      <List
        dataSource={list.items}
        renderItem={(item, index) => (
          <List.Item>
            <List.Item.Meta
              title={`${index + 1}. ${item.value}`}
              description={
                <>
                  依据：{item.citation}{' '}
                  {item.situations.map((s) => (
                    <Tag key={s}>{s}</Tag>
                  ))}
                </>
              }
            />
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 16 }}>
        本清单的 SHA-256：
        <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
          {list.sha256}
        </Typography.Text>
        ，与本机关留痕日志中的发布记录一致。
      </Typography.Paragraph>
    </Card>
  );
}
