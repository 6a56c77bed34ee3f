import { App, Button, Empty, Flex, Input, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { hasAnyRole, useCurrentUser } from '../auth/session-context.ts';
import { Page } from '../common/Page.tsx';
import { PROFILE_EDITOR_ROLES } from '../profiles/paths.ts';
import { fineRangeText, POWER_CATEGORY_LABELS } from './power-form.ts';
import { PowerFormDrawer } from './PowerFormDrawer.tsx';
import { PowerHistoryDrawer } from './PowerHistoryDrawer.tsx';
import { listPowers, withdrawPower, type PowerVersion } from './powers-api.ts';

/**
 * 权责清单: the agency's powers with their legal basis and 裁量基准, which a case's facts
 * choose from. Everyone of the agency reads it; its head and administrators keep it. An edit
 * or a withdrawal (停用) is a new version; a case keeps the version it chose.
 */
export function PowersPage() {
  const user = useCurrentUser();
  const agencyId = user.agencyId;
  const canEdit = hasAnyRole(user, PROFILE_EDITOR_ROLES);
  const reportError = useReportError();
  const { message, modal } = App.useApp();
  const [powers, setPowers] = useState<PowerVersion[] | null>(null);
  const [search, setSearch] = useState('');
  const [drawer, setDrawer] = useState<{
    open: boolean;
    editing: PowerVersion | null;
    key: number;
  }>({ open: false, editing: null, key: 0 });
  const [history, setHistory] = useState<PowerVersion | null>(null);
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    if (agencyId === null) return;
    let current = true;
    listPowers(agencyId).then((found) => current && setPowers(found), reportError);
    return () => {
      current = false;
    };
  }, [agencyId, reportError, reloads]);

  const shown = useMemo(() => {
    const q = search.trim();
    if (powers === null || q === '') return powers ?? [];
    return powers.filter((p) =>
      [p.code ?? '', p.name, p.provisionViolated, p.provisionApplied].some((text) =>
        text.includes(q),
      ),
    );
  }, [powers, search]);

  if (agencyId === null) {
    return (
      <Page title="权责清单">
        <Empty description="权责清单由各执法机关维护，请以执法机关的用户登录查看。" />
      </Page>
    );
  }

  const openDrawer = (editing: PowerVersion | null) =>
    setDrawer((prev) => ({ open: true, editing, key: prev.key + 1 }));

  const confirmWithdraw = (power: PowerVersion) => {
    let reason = '';
    modal.confirm({
      title: `停用“${power.name}”？`,
      content: (
        <Flex vertical gap={8}>
          <Typography.Text type="secondary">
            停用后新案件不能再选用该事项；已选用的案件不受影响。停用记入留痕日志，不可撤销（可通过修改重新启用）。
          </Typography.Text>
          <Input.TextArea
            placeholder="停用原因（必填）"
            maxLength={500}
            onChange={(event) => {
              reason = event.target.value;
            }}
            data-testid="power-withdraw-reason"
          />
        </Flex>
      ),
      okText: '停用',
      okButtonProps: { danger: true },
      onOk: async () => {
        if (reason.trim() === '') {
          void message.error('请填写停用原因');
          throw new Error('reason required');
        }
        try {
          await withdrawPower(agencyId, power.id, { expectedVersion: power.version, reason });
          void message.success(`已停用“${power.name}”`);
          reload();
        } catch (error) {
          reportError(error);
          throw error;
        }
      },
    });
  };

  const columns: ColumnsType<PowerVersion> = [
    { title: '编码', dataIndex: 'code', width: 100, render: (code: string | null) => code ?? '—' },
    { title: '事项名称', dataIndex: 'name', width: 240 },
    {
      title: '类别',
      dataIndex: 'category',
      width: 90,
      render: (category: PowerVersion['category']) => POWER_CATEGORY_LABELS[category],
    },
    {
      title: '违法依据',
      dataIndex: 'provisionViolated',
      ellipsis: true,
      render: (t: string) => t || '—',
    },
    { title: '处罚依据', dataIndex: 'provisionApplied', ellipsis: true },
    {
      title: '罚款幅度',
      width: 150,
      render: (_, power) => fineRangeText(power.fineMin, power.fineMax),
    },
    {
      title: '裁量档次',
      width: 80,
      align: 'right',
      render: (_, power) => power.levels.length || '—',
    },
    {
      title: '状态',
      width: 110,
      render: (_, power) =>
        power.withdrawn ? (
          <Tag color="red">已停用</Tag>
        ) : (
          <Tag color="green">第 {power.version} 版</Tag>
        ),
    },
    {
      title: '操作',
      width: 170,
      render: (_, power) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => setHistory(power)}>
            版本
          </Button>
          {canEdit && (
            <Button
              type="link"
              size="small"
              onClick={() => openDrawer(power)}
              data-testid="power-edit"
            >
              {power.withdrawn ? '重新启用' : '修改'}
            </Button>
          )}
          {canEdit && !power.withdrawn && (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => confirmWithdraw(power)}
              data-testid="power-withdraw"
            >
              停用
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Page
      title="权责清单"
      description="本机关的职权事项、法律依据与裁量基准；案件事实从中选择违法行为和处罚依据。"
      extra={
        <Space>
          <Input.Search
            placeholder="按编码、名称或依据查找"
            allowClear
            onSearch={setSearch}
            style={{ width: 260 }}
          />
          {canEdit && (
            <Button type="primary" onClick={() => openDrawer(null)} data-testid="power-new">
              新增事项
            </Button>
          )}
        </Space>
      }
    >
      <Table<PowerVersion>
        size="small"
        rowKey="id"
        loading={powers === null}
        dataSource={shown}
        columns={columns}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1200 }}
        expandable={{
          rowExpandable: (power) => power.levels.length > 0,
          expandedRowRender: (power) => (
            <Table
              size="small"
              pagination={false}
              rowKey="label"
              dataSource={power.levels}
              columns={[
                { title: '档次', dataIndex: 'label', width: 90 },
                { title: '适用情形', dataIndex: 'circumstances' },
                {
                  title: '罚款幅度',
                  width: 180,
                  render: (_, level) => fineRangeText(level.fineMin, level.fineMax),
                },
                {
                  title: '其他处理',
                  dataIndex: 'otherMeasures',
                  render: (t: string | null) => t ?? '—',
                },
              ]}
            />
          ),
        }}
        data-testid="powers-table"
      />
      <PowerFormDrawer
        key={drawer.key}
        agencyId={agencyId}
        editing={drawer.editing}
        open={drawer.open}
        onClose={() => setDrawer((prev) => ({ ...prev, open: false }))}
        onSaved={(saved) => {
          void message.success(`已保存“${saved.name}”第 ${saved.version} 版`);
          setDrawer((prev) => ({ ...prev, open: false }));
          reload();
        }}
      />
      <PowerHistoryDrawer agencyId={agencyId} power={history} onClose={() => setHistory(null)} />
    </Page>
  );
}
