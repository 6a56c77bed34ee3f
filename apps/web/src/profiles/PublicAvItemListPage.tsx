import { Card, Empty, List, Spin, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useParams } from 'react-router';
import { call } from '../api/client.ts';
import type { Schema } from '../api/types.ts';
import { formatDate } from '../common/format.ts';

type AvItemList = Schema<'AvItemList'>;

/**
 * 音像记录事项清单, public (003 第十八条 "向社会公开"): the list an agency applies now, for
 * anyone, without signing in.
 */
export function PublicAvItemListPage() {
  const { agencyId = '' } = useParams();
  const [list, setList] = useState<AvItemList | 'missing' | null>(null);
  useEffect(() => {
    let current = true;
    call('getPublicAvItemList', { path: { id: agencyId } }).then(
      (found) => current && setList(found),
      () => current && setList('missing'),
    );
    return () => {
      current = false;
    };
  }, [agencyId]);

  if (list === null) return <Spin />;
  if (list === 'missing') return <Empty description="未找到该执法机关的音像记录事项清单" />;
  return (
    <Card data-testid="public-av-item-list">
      <Typography.Title level={3} style={{ textAlign: 'center' }}>
        {list.agencyName}音像记录事项清单
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        依据：{list.profileName}
        {list.version !== null && `（第 ${list.version} 版，${formatDate(list.savedAt)} 保存）`}
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
    </Card>
  );
}
