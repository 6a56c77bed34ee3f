import type { ValueCitation } from '@liuhen/domain';
import { Input, Select, Space } from 'antd';
import { citationOf, sourceKey } from './profile-edit.ts';

/** Which regulation (a select of the profile's own and national law) and which article. */
export function CitationInput({
  value,
  onChange,
  sources,
  disabled,
  testId,
}: {
  value: ValueCitation;
  onChange: (next: ValueCitation) => void;
  sources: readonly { value: string; label: string }[];
  disabled: boolean;
  testId: string;
}) {
  const source = sourceKey(value);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        data-testid={`${testId}-source`}
        value={source}
        options={[...sources]}
        disabled={disabled}
        popupMatchSelectWidth={false}
        style={{ width: '55%' }}
        onChange={(next: string) => onChange(citationOf(next, value.article))}
      />
      <Input
        data-testid={`${testId}-article`}
        value={value.article}
        disabled={disabled}
        placeholder="第X条"
        style={{ width: '45%' }}
        onChange={(event) => onChange(citationOf(source, event.target.value))}
      />
    </Space.Compact>
  );
}
