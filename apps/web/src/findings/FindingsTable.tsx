import type { FindingSeverity } from '@liuhen/domain';
import { Card, Empty, Flex, Select, Switch, Table, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo } from 'react';
import { listFindings, type CaseFindingView } from '../api/findings.ts';
import type { Page } from '../api/types.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { formatDueBy } from '../cases/china-time.ts';
import { SEVERITY_INFO, SEVERITY_ORDER } from '../cases/labels.ts';
import { LoadMore } from '../common/LoadMore.tsx';
import { useCursorList } from '../common/use-cursor-list.ts';
import { useUrlFilters } from '../common/use-url-filters.ts';
import { FindingSubjectLink } from '../imports/FindingSubjectLink.tsx';
import { useDepartments } from '../org/use-departments.ts';
import { SavedViewBar } from '../saved-views/SavedViewBar.tsx';
import { CitationTags } from './CitationTags.tsx';
import { describeFindingQuery, findingFilterCodec } from './finding-filter-query.ts';
import { SeverityTag } from './SeverityTag.tsx';

/** A finding as a table row: the cursor list wants a string id. */
type FindingRow = Omit<CaseFindingView, 'id'> & { readonly id: string; readonly key: string };

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** 案件: the case's number and name, or 待分配音像 for a file on no case. */
function SubjectCell({ row }: { row: FindingRow }) {
  return (
    <Flex vertical gap={0}>
      <FindingSubjectLink finding={row} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
        {row.caseId === null ? '尚未归入案件' : row.caseName}
      </Typography.Text>
    </Flex>
  );
}

const columns: TableColumnsType<FindingRow> = [
  {
    title: '严重程度',
    dataIndex: 'severity',
    width: 90,
    render: (severity: FindingSeverity) => <SeverityTag severity={severity} />,
  },
  {
    title: '案件',
    dataIndex: 'caseNumber',
    width: 260,
    render: (_: unknown, row) => <SubjectCell row={row} />,
  },
  { title: '问题', dataIndex: 'message', render: (message: string) => message },
  {
    title: '依据',
    dataIndex: 'citations',
    width: 240,
    render: (_: unknown, row) => <CitationTags citations={row.citations} />,
  },
  {
    title: '截止时间',
    dataIndex: 'dueAt',
    width: 140,
    render: (dueAt: string | null) =>
      dueAt === null ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : (
        <Typography.Text type={Date.parse(dueAt) < Date.now() ? 'danger' : undefined}>
          {formatDueBy(dueAt)}
        </Typography.Text>
      ),
  },
];

/**
 * 发现清单: every finding of the cases the user may read, newest first, with filters kept in
 * the address bar and saved views.
 */
export function FindingsTable() {
  const user = useCurrentUser();
  const { departments } = useDepartments(user.agencyId);
  const { values: filters, query, setValues, setQuery } = useUrlFilters(findingFilterCodec);
  const { severities, departmentId, dueSoon } = filters;
  const describe = useMemo(() => {
    const names = new Map(departments.map((department) => [department.id, department.name]));
    return (saved: Readonly<Record<string, string>>) =>
      describeFindingQuery(saved, (id) => names.get(id));
  }, [departments]);

  const fetchPage = useCallback(
    async (cursor: string | undefined): Promise<Page<FindingRow>> => {
      const page = await listFindings(
        {
          severities,
          departmentId,
          // Taken when the switch is turned on or the filters change, not on every render.
          dueBefore: dueSoon ? new Date(Date.now() + WEEK_MS).toISOString() : undefined,
        },
        cursor,
      );
      return {
        nextCursor: page.nextCursor,
        items: page.items.map((item) => ({ ...item, id: String(item.id), key: String(item.id) })),
      };
    },
    [severities, departmentId, dueSoon],
  );
  const list = useCursorList<FindingRow>(fetchPage);

  const filtered = severities.length > 0 || departmentId !== undefined || dueSoon;
  const emptyText = useMemo(
    () => (
      <Empty
        description={
          <Flex vertical gap={4} data-testid="findings-empty">
            <span>{filtered ? '没有符合条件的检查发现' : '暂无检查发现'}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {filtered
                ? '请调整或清除筛选条件后再试。'
                : '各案件按适用的制度检查，当前没有缺失、违规、待办或无法判断的事项。'}
            </Typography.Text>
          </Flex>
        }
      />
    ),
    [filtered],
  );

  return (
    <>
      <Card styles={{ body: { padding: 0 } }}>
        <Flex vertical gap={12} style={{ padding: 16, borderBottom: '1px solid #f0f0f0' }}>
          <SavedViewBar
            list="findings"
            allLabel="全部检查发现"
            query={query}
            describe={describe}
            onApply={setQuery}
          />
          <Flex gap={12} wrap align="center">
            <Select<FindingSeverity[]>
              mode="multiple"
              value={severities}
              onChange={(next) => setValues({ ...filters, severities: next })}
              options={SEVERITY_ORDER.map((severity) => ({
                value: severity,
                label: SEVERITY_INFO[severity].label,
              }))}
              placeholder="全部严重程度"
              allowClear
              style={{ minWidth: 220 }}
              aria-label="严重程度"
              data-testid="findings-filter-severity"
            />
            {user.agencyId !== null && (
              <Select<string>
                value={departmentId}
                onChange={(next) => setValues({ ...filters, departmentId: next })}
                options={departments.map((department) => ({
                  value: department.id,
                  label: department.name,
                }))}
                placeholder="全部承办机构"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 200 }}
                aria-label="承办机构"
                data-testid="findings-filter-department"
              />
            )}
            <Flex gap={6} align="center">
              <Switch
                checked={dueSoon}
                onChange={(next) => setValues({ ...filters, dueSoon: next })}
                size="small"
                data-testid="findings-filter-due-soon"
              />
              <Typography.Text>7 日内到期</Typography.Text>
            </Flex>
          </Flex>
        </Flex>
        <div data-testid="findings-table">
          <Table<FindingRow>
            rowKey="key"
            size="small"
            columns={columns}
            dataSource={list.items}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText }}
          />
        </div>
      </Card>
      <LoadMore
        hasMore={list.hasMore}
        loading={list.loadingMore}
        count={list.items.length}
        onLoadMore={list.loadMore}
      />
    </>
  );
}
