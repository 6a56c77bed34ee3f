import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Table, Typography } from 'antd';
import { useCallback, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { listCases, type CaseSummary } from '../api/cases.ts';
import { hasAnyRole, useCurrentUser } from '../auth/session-context.ts';
import { LoadMore } from '../common/LoadMore.tsx';
import { Page } from '../common/Page.tsx';
import { useCursorList } from '../common/use-cursor-list.ts';
import { useDraftText } from '../common/use-draft-text.ts';
import { useUrlFilters } from '../common/use-url-filters.ts';
import { useDepartments } from '../org/use-departments.ts';
import { SavedViewBar } from '../saved-views/SavedViewBar.tsx';
import { caseColumns } from './case-columns.tsx';
import { caseFilterCodec, describeCaseQuery } from './case-filter-query.ts';
import { CaseFilters, type CaseFilterValues } from './CaseFilters.tsx';
import { CASE_OPENERS, casePath, NEW_CASE_PATH } from './paths.ts';

/**
 * 案件办理: the agency's cases, newest first, with filters kept in the address bar (a link
 * shows the same list) and saved views; and 启动执法程序.
 */
export function CasesPage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const canOpen = user.agencyId !== null && hasAnyRole(user, CASE_OPENERS);
  const { departments } = useDepartments(user.agencyId);
  const {
    values: filters,
    query,
    setValues: setFilters,
    setQuery,
  } = useUrlFilters(caseFilterCodec);
  const commitSearch = useCallback(
    (search: string) => setFilters({ ...filters, search }),
    [filters, setFilters],
  );
  const [searchDraft, setSearchDraft] = useDraftText(filters.search, commitSearch);
  const { stage, actType, departmentId, search, includeClosedInError } = filters;
  const fetchPage = useCallback(
    (cursor: string | undefined) =>
      listCases(
        { stage, actType, departmentId, search: search || undefined, includeClosedInError },
        cursor,
      ),
    [stage, actType, departmentId, search, includeClosedInError],
  );
  const list = useCursorList(fetchPage);

  const departmentName = useMemo(() => {
    const names = new Map(departments.map((department) => [department.id, department.name]));
    return (id: string) => names.get(id);
  }, [departments]);
  const columns = useMemo(() => caseColumns(departmentName), [departmentName]);
  const describe = useCallback(
    (saved: Readonly<Record<string, string>>) => describeCaseQuery(saved, departmentName),
    [departmentName],
  );
  // The search box shows what is being typed; the other filters come from the address bar.
  const onFiltersChange = (next: CaseFilterValues) => {
    if (next.search !== searchDraft) setSearchDraft(next.search);
    else setFilters({ ...next, search: filters.search });
  };

  const filtered = Boolean(search) || Boolean(stage) || Boolean(actType) || Boolean(departmentId);
  const emptyText = (
    <Empty
      description={
        <Flex vertical gap={4} data-testid="cases-empty">
          <span>{filtered ? '没有符合条件的案件' : '尚无案件'}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {filtered
              ? '请调整或清除筛选条件后再试。'
              : canOpen
                ? '点击右上角“启动执法程序”登记第一起案件：填写案件名称和当事人，指定承办人和协办人，系统自动编号。'
                : '本机关的执法人员启动执法程序后，案件会显示在这里。'}
          </Typography.Text>
        </Flex>
      }
    />
  );

  return (
    <Page
      title="案件办理"
      description="本机关的案件，新启动的在前。点击一行进入案件，查看环节、检查发现和文书。"
      extra={
        canOpen && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => void navigate(NEW_CASE_PATH)}
            data-testid="case-create"
          >
            启动执法程序
          </Button>
        )
      }
    >
      <Card styles={{ body: { padding: 0 } }}>
        <Flex vertical gap={12} style={{ padding: 16, borderBottom: '1px solid #f0f0f0' }}>
          <SavedViewBar
            list="cases"
            allLabel="全部案件"
            query={query}
            describe={describe}
            onApply={setQuery}
          />
          <CaseFilters
            value={{ ...filters, search: searchDraft }}
            onChange={onFiltersChange}
            departments={departments}
          />
        </Flex>
        <div data-testid="cases-table">
          <Table<CaseSummary>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText }}
            onRow={(row) => ({
              onClick: () => void navigate(casePath(row.id)),
              style: { cursor: 'pointer' },
            })}
          />
        </div>
      </Card>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
    </Page>
  );
}
