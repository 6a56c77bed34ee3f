import { SaveOutlined, SettingOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popover, Select, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import {
  createSavedView,
  deleteSavedView,
  updateSavedView,
  type FilterQuery,
  type SavedView,
  type SavedViewList,
} from '../api/saved-views.ts';
import { useReportError } from '../api/use-report-error.ts';
import { sameQuery } from '../common/use-url-filters.ts';
import { ManageViewsList, NO_VIEWS_TEXT } from './ManageViewsList.tsx';
import { SaveViewModal } from './SaveViewModal.tsx';
import { useSavedViews } from './use-saved-views.ts';

/** The option that clears every filter. */
const ALL = '__all__';

type Naming = { mode: 'create' } | { mode: 'rename'; view: SavedView } | null;

/**
 * 视图 above a list: pick one of the user's saved filter sets (or the whole list), save the
 * current filters under a name, and rename, update or delete views. The view shown as
 * chosen is whichever has exactly the filters in the address bar, so a shared link or the
 * back button selects it too.
 */
export function SavedViewBar({
  list,
  allLabel,
  query,
  describe,
  onApply,
}: {
  list: SavedViewList;
  /** The option for no filter at all, e.g. 全部案件. */
  allLabel: string;
  /** The list's current filters. */
  query: FilterQuery;
  describe: (query: FilterQuery) => string[];
  onApply: (query: FilterQuery) => void;
}) {
  const { message } = App.useApp();
  const report = useReportError();
  const { views, loading, reload } = useSavedViews(list);
  const [naming, setNaming] = useState<Naming>(null);
  const [managing, setManaging] = useState(false);

  const noFilters = Object.keys(query).length === 0;
  const selected = noFilters ? ALL : views.find((view) => sameQuery(view.query, query))?.id;

  const choose = (id: string) => {
    if (id === ALL) onApply({});
    else onApply(views.find((view) => view.id === id)?.query ?? {});
  };

  const saveName = async (name: string) => {
    if (naming?.mode === 'rename') {
      await updateSavedView(naming.view.id, { name });
      void message.success(`已将视图重命名为“${name}”`);
    } else {
      await createSavedView({ list, name, query });
      void message.success(`已保存视图“${name}”`);
    }
    setNaming(null);
    reload();
  };

  const replaceQuery = (view: SavedView) =>
    updateSavedView(view.id, { query }).then(() => {
      void message.success(`视图“${view.name}”已改为当前筛选条件`);
      reload();
    }, report);

  const remove = (view: SavedView) =>
    deleteSavedView(view.id).then(() => {
      void message.success(`已删除视图“${view.name}”`);
      reload();
    }, report);

  return (
    <Flex gap={8} wrap align="center">
      <Typography.Text type="secondary">视图</Typography.Text>
      <Select<string>
        value={selected}
        onChange={choose}
        loading={loading}
        placeholder="当前筛选（未保存）"
        options={[
          { value: ALL, label: allLabel },
          ...views.map((view) => ({ value: view.id, label: view.name })),
        ]}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 240 }}
        aria-label="视图"
        data-testid="saved-view-select"
      />
      <Tooltip title={noFilters ? '请先设置筛选条件' : undefined}>
        <Button
          icon={<SaveOutlined />}
          disabled={noFilters}
          onClick={() => setNaming({ mode: 'create' })}
          data-testid="saved-view-save"
        >
          保存为视图
        </Button>
      </Tooltip>
      <Popover
        trigger="click"
        placement="bottomLeft"
        title="管理视图"
        open={managing}
        onOpenChange={setManaging}
        content={
          <ManageViewsList
            views={views}
            currentQuery={query}
            describe={describe}
            onRename={(view) => {
              setManaging(false);
              setNaming({ mode: 'rename', view });
            }}
            onReplaceQuery={(view) => void replaceQuery(view)}
            onDelete={(view) => void remove(view)}
          />
        }
      >
        <Button icon={<SettingOutlined />} data-testid="saved-view-manage">
          管理视图
        </Button>
      </Popover>
      {!loading && views.length === 0 && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="saved-view-empty">
          {NO_VIEWS_TEXT}
        </Typography.Text>
      )}
      <SaveViewModal
        open={naming !== null}
        title={naming?.mode === 'rename' ? '重命名视图' : '保存为视图'}
        initialName={naming?.mode === 'rename' ? naming.view.name : ''}
        filters={naming?.mode === 'create' ? describe(query) : undefined}
        onSubmit={saveName}
        onClose={() => setNaming(null)}
      />
    </Flex>
  );
}
