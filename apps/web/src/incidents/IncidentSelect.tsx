import { Select } from 'antd';
import { useState } from 'react';
import { INCIDENT_KIND_LABELS } from './incident-labels.ts';
import { useIncidentSearch } from './use-incident-search.ts';

/** An incident picked by typing part of its name; the server searches. */
export function IncidentSelect({
  id,
  value,
  onChange,
  testId,
}: {
  /** From Form.Item, so that its label names this control. */
  id?: string;
  value?: string;
  onChange?: (incidentId: string) => void;
  testId?: string;
}) {
  const [text, setText] = useState('');
  const { incidents, loading } = useIncidentSearch(text);
  return (
    <Select<string>
      id={id}
      value={value}
      onChange={onChange}
      options={incidents.map((incident) => ({
        value: incident.id,
        label: `${incident.name}（${INCIDENT_KIND_LABELS[incident.kind]}）`,
      }))}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={loading}
      placeholder="输入事件名称搜索"
      notFoundContent={loading ? '正在搜索…' : '没有符合的事件，请先在“事件”中登记'}
      data-testid={testId}
    />
  );
}
