import { Button, Flex, Typography } from 'antd';

/** The "加载更多" row under a cursor-paged table. */
export function LoadMore({
  hasMore,
  loading,
  count,
  onLoadMore,
}: {
  hasMore: boolean;
  loading: boolean;
  count: number;
  onLoadMore: () => void;
}) {
  if (count === 0) return null;
  return (
    <Flex justify="center" style={{ paddingTop: 12 }}>
      {hasMore ? (
        <Button onClick={onLoadMore} loading={loading} data-testid="load-more">
          加载更多
        </Button>
      ) : (
        <Typography.Text type="secondary">已显示全部 {count} 条</Typography.Text>
      )}
    </Flex>
  );
}
