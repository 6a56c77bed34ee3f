import type { FindingSeverity } from '@liuhen/domain';
import { Tag, Tooltip } from 'antd';
import { SEVERITY_INFO } from '../cases/labels.ts';

/** 缺失 red / 违规 orange / 待办 blue / 无法判断 grey, with what it means on hover. */
export function SeverityTag({ severity }: { severity: FindingSeverity }) {
  const info = SEVERITY_INFO[severity];
  return (
    <Tooltip title={info.hint}>
      <Tag color={info.color} style={{ marginInlineEnd: 0 }} data-testid={`severity-${severity}`}>
        {info.label}
      </Tag>
    </Tooltip>
  );
}
