import { Alert, Input, Typography } from 'antd';
import { useState } from 'react';

/**
 * The profile's approval chains, edited as they are stored (JSON): the server validates them
 * with the profile schema on save, and says which field is wrong. Empty = 本制度未规定.
 */
export function ChainEditor({
  value,
  onChange,
  editable,
}: {
  value: unknown;
  onChange: (next: unknown, valid: boolean) => void;
  editable: boolean;
}) {
  const [text, setText] = useState(() =>
    value === undefined ? '' : JSON.stringify(value, null, 2),
  );
  const [error, setError] = useState<string | null>(null);
  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setError(null);
      onChange(undefined, true);
      return;
    }
    try {
      onChange(JSON.parse(next) as unknown, true);
      setError(null);
    } catch {
      setError('不是有效的 JSON，请检查括号和引号。');
      onChange(value, false);
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        审批链按存储格式编辑，保存时由系统校验；留空表示本制度未规定，按平台默认的“承办人 → 审核人 →
        批准人”。
      </Typography.Paragraph>
      <Input.TextArea
        data-testid="approval-chain"
        value={text}
        disabled={!editable}
        autoSize={{ minRows: 3, maxRows: 16 }}
        style={{ fontFamily: 'monospace' }}
        onChange={(event) => change(event.target.value)}
      />
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 8 }} />}
    </>
  );
}
