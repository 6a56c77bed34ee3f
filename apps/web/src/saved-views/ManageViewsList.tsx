import { DeleteOutlined, EditOutlined, SyncOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import type { FilterQuery, SavedView } from '../api/saved-views.ts';
import { sameQuery } from '../common/use-url-filters.ts';

export const NO_VIEWS_TEXT = '尚未保存视图：设置筛选条件后点击“保存为视图”';

/** 管理视图: each saved view with what it filters, to rename, update or delete. */
export function ManageViewsList({
  views,
  currentQuery,
  describe,
  onRename,
  onReplaceQuery,
  onDelete,
}: {
  views: readonly SavedView[];
  currentQuery: FilterQuery;
  describe: (query: FilterQuery) => string[];
  onRename: (view: SavedView) => void;
  onReplaceQuery: (view: SavedView) => void;
  onDelete: (view: SavedView) => void;
}) {
  if (views.length === 0) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={<span data-testid="saved-view-manage-empty">{NO_VIEWS_TEXT}</span>}
      />
    );
  }
  const noFilters = Object.keys(currentQuery).length === 0;
  return (
    <Flex vertical gap={4} style={{ width: 380, maxHeight: 420, overflowY: 'auto' }}>
      {views.map((view) => {
        const filters = describe(view.query);
        const current = sameQuery(view.query, currentQuery);
        return (
          <Flex
            key={view.id}
            justify="space-between"
            align="center"
            gap={8}
            style={{ padding: '6px 0', borderBottom: '1px solid #f0f0f0' }}
            data-testid={`saved-view-item-${view.name}`}
          >
            <Flex vertical style={{ minWidth: 0 }}>
              <Typography.Text strong ellipsis>
                {view.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                {filters.length > 0 ? filters.join('；') : '无筛选条件'}
              </Typography.Text>
            </Flex>
            <Flex gap={2} style={{ flex: 'none' }}>
              <Tooltip title="重命名">
                <Button
                  type="text"
                  size="small"
                  icon={<EditOutlined />}
                  aria-label={`重命名视图“${view.name}”`}
                  onClick={() => onRename(view)}
                  data-testid={`saved-view-rename-${view.name}`}
                />
              </Tooltip>
              <Tooltip
                title={
                  noFilters
                    ? '请先设置筛选条件'
                    : current
                      ? '与当前筛选条件相同'
                      : '用当前筛选条件替换此视图的条件'
                }
              >
                <Button
                  type="text"
                  size="small"
                  icon={<SyncOutlined />}
                  aria-label={`用当前筛选条件更新视图“${view.name}”`}
                  disabled={noFilters || current}
                  onClick={() => onReplaceQuery(view)}
                  data-testid={`saved-view-replace-${view.name}`}
                />
              </Tooltip>
              <Popconfirm
                title={`删除视图“${view.name}”？`}
                description="只删除保存的筛选条件，列表中的数据不受影响。"
                okText="删除"
                cancelText="取消"
                // Spread: a data attribute is no declared prop of the button.
                okButtonProps={{ danger: true, ...{ 'data-testid': 'saved-view-delete-confirm' } }}
                onConfirm={() => onDelete(view)}
              >
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除视图“${view.name}”`}
                  data-testid={`saved-view-delete-${view.name}`}
                />
              </Popconfirm>
            </Flex>
          </Flex>
        );
      })}
    </Flex>
  );
}
