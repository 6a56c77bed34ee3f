import { Table, Tag } from 'antd';
import type { EffectiveValue } from '../api/agency-profiles.ts';

const KEY_LABELS: Readonly<Record<EffectiveValue['key'], string>> = {
  publicationWithdrawal: '撤下已公示的处罚决定',
  decisionService: '送达行政处罚决定书',
  penaltyDecision: '作出行政处罚决定',
  demandNoticeBeforeExecution: '强制执行前书面催告',
};

const SOURCES: Readonly<Record<EffectiveValue['source'], { text: string; color: string }>> = {
  profile: { text: '适用本制度', color: 'blue' },
  national_law: { text: '适用法律', color: 'volcano' },
  both: { text: '两者均适用', color: 'green' },
};

/**
 * National law sits under every profile (从严适用): for each duty both speak on, which value
 * binds the agency and why, as the server computed it for this version.
 */
export function EffectiveValues({ values }: { values: readonly EffectiveValue[] }) {
  return (
    <Table<EffectiveValue>
      data-testid="effective-values"
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={[...values]}
      columns={[
        { title: '事项', key: 'key', width: 180, render: (_, row) => KEY_LABELS[row.key] },
        {
          title: '结果',
          key: 'source',
          width: 110,
          render: (_, row) => (
            <Tag color={SOURCES[row.source].color}>{SOURCES[row.source].text}</Tag>
          ),
        },
        { title: '理由', dataIndex: 'explanation' },
      ]}
    />
  );
}
