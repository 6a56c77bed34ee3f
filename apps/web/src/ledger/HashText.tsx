import { Tooltip, Typography } from 'antd';
import { MONOSPACE } from './ledger-format.ts';

/**
 * A base64 hash, key or id in the code font. Long values are cut after `visible`
 * characters (the full value on hover); the copy button always copies the full value.
 */
export function HashText({
  value,
  visible = 16,
  testId,
}: {
  value: string;
  visible?: number;
  testId?: string;
}) {
  const cut = value.length > visible + 1;
  return (
    <Typography.Text
      copyable={{ text: value, tooltips: ['复制完整值', '已复制'] }}
      style={{ fontFamily: MONOSPACE, fontSize: 12, whiteSpace: 'nowrap' }}
      data-testid={testId}
    >
      {cut ? (
        <Tooltip title={<span style={{ fontFamily: MONOSPACE }}>{value}</span>}>
          <span>{value.slice(0, visible)}…</span>
        </Tooltip>
      ) : (
        value
      )}
    </Typography.Text>
  );
}
