import { Select } from 'antd';
import { useState } from 'react';
import type { ExternalReader } from './access-api.ts';
import { readerOptions } from './external-readers.ts';
import { useExternalReaders } from './use-external-readers.ts';

/**
 * 查阅人 of another agency, found by typing part of the name or authority (the server
 * searches; it never shows login names); shown as 姓名（机关）. `onPicked` hands over the whole reader (his agency's
 * name fills 代表单位 when that is still empty).
 */
export function ExternalReaderSelect({
  id,
  value,
  onChange,
  onPicked,
  testId,
}: {
  /** From Form.Item, so that its label names this control. */
  id?: string;
  value?: string;
  onChange?: (readerId: string | undefined) => void;
  onPicked?: (reader: ExternalReader | null) => void;
  testId?: string;
}) {
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<ExternalReader | null>(null);
  const { readers, loading } = useExternalReaders(text);
  const options = readerOptions(chosen?.id === value ? chosen : null, readers);

  return (
    <Select<string, (typeof options)[number]>
      id={id}
      value={value}
      onChange={(readerId, option) => {
        const reader = option && !Array.isArray(option) ? option.reader : null;
        setChosen(reader);
        onPicked?.(reader);
        onChange?.(readerId);
      }}
      options={options}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={loading}
      placeholder="输入对方姓名、账号或单位名称搜索（可不选）"
      notFoundContent={
        text.trim() === '' ? '请输入姓名或账号' : loading ? '正在搜索…' : '没有符合的外单位人员'
      }
      data-testid={testId}
    />
  );
}
