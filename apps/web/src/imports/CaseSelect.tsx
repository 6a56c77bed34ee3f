import { Select } from 'antd';
import { useState } from 'react';
import type { CaseRef } from './imports-api.ts';
import { useCaseSearch } from './use-case-search.ts';

export function caseLabel(row: CaseRef): string {
  return `${row.caseNumber} ${row.name}`;
}

/**
 * A case picked by typing part of its number or name; the server searches. `extra` cases
 * (the match's candidates) are offered first even before anything is typed.
 */
export function CaseSelect({
  id,
  value,
  onChange,
  extra = [],
  testId,
}: {
  /** From Form.Item, so that its label names this control. */
  id?: string;
  value?: string;
  onChange?: (caseId: string) => void;
  extra?: readonly CaseRef[];
  testId?: string;
}) {
  const [text, setText] = useState('');
  const { cases, loading } = useCaseSearch(text);
  const seen = new Set<string>();
  const options = [...extra, ...cases]
    .filter((row) => !seen.has(row.id) && seen.add(row.id))
    .map((row) => ({ value: row.id, label: caseLabel(row) }));

  return (
    <Select<string>
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={loading}
      placeholder="输入案号或案件名称搜索"
      notFoundContent={loading ? '正在搜索…' : '没有符合的案件'}
      data-testid={testId}
    />
  );
}
