import type { RecordTypeId } from '@liuhen/domain';
import { Button, Flex, Input, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useReportError } from '../../api/use-report-error.ts';
import { formatChinaTime } from '../../cases/china-time.ts';
import { TemplateEditorDrawer } from './TemplateEditorDrawer.tsx';
import { listDocumentTemplates, type DocumentTemplateList } from './templates-api.ts';

/**
 * 文书模板: each kind of document and whether the agency prints it from its own template (a
 * version of its own) or the default; 编辑 opens the kind's template.
 */
export function DocumentTemplatesTab({
  agencyId,
  editable,
}: {
  readonly agencyId: string;
  readonly editable: boolean;
}) {
  const report = useReportError();
  const [items, setItems] = useState<DocumentTemplateList | null>(null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<RecordTypeId | null>(null);

  const refresh = useCallback(() => {
    listDocumentTemplates(agencyId).then(setItems, report);
  }, [agencyId, report]);
  useEffect(refresh, [refresh]);

  const shown = (items ?? []).filter((item) => filter === '' || item.title.includes(filter));
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          本机关可调整每类文书的措辞、顺序并增加段落；法律要求载明的事项不能删去。每次保存为新版本，已签发的文书不受影响。
        </Typography.Text>
        <Input.Search
          allowClear
          size="small"
          placeholder="查找文书"
          style={{ width: 200 }}
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
      </Flex>
      <Table
        size="small"
        rowKey="kind"
        loading={items === null}
        pagination={false}
        scroll={{ y: 480, x: 640 }}
        dataSource={shown}
        data-testid="template-list"
        onRow={(row) => ({ 'data-testid': `template-row-${row.kind}` }) as never}
        columns={[
          { title: '文书', dataIndex: 'title' },
          {
            title: '模板',
            dataIndex: 'matchesDefault',
            width: 100,
            render: (matchesDefault: boolean) =>
              matchesDefault ? <Tag>默认</Tag> : <Tag color="blue">自定义</Tag>,
          },
          {
            title: '版本',
            dataIndex: 'version',
            width: 80,
            render: (version: number | null) => (version === null ? '—' : `第 ${version} 版`),
          },
          {
            title: '保存',
            dataIndex: 'savedAt',
            width: 220,
            render: (savedAt: string | null, row) =>
              savedAt === null ? '—' : `${row.savedByName ?? ''} ${formatChinaTime(savedAt)}`,
          },
          {
            title: '',
            dataIndex: 'kind',
            width: 80,
            render: (kind: RecordTypeId) => (
              <Button
                type="link"
                size="small"
                onClick={() => setEditing(kind)}
                data-testid={`template-edit-${kind}`}
              >
                {editable ? '编辑' : '查看'}
              </Button>
            ),
          },
        ]}
      />
      {editing !== null && (
        <TemplateEditorDrawer
          key={editing}
          agencyId={agencyId}
          kind={editing}
          editable={editable}
          onClose={() => setEditing(null)}
          onSaved={refresh}
        />
      )}
    </Flex>
  );
}
