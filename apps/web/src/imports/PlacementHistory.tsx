import { Flex, Tag, Timeline, Typography } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import { DISMISSAL_INFO, PLACEMENT_KIND_LABELS } from './import-labels.ts';
import type { PlacementView } from './imports-api.ts';

const KIND_COLOR = {
  automatic: 'blue',
  manual: 'green',
  unmatched: 'orange',
  dismissed: 'gray',
  incident: 'purple',
};

/** 归属记录: every decision about where the file belongs, newest first, with who and why. */
export function PlacementHistory({ placements }: { placements: readonly PlacementView[] }) {
  return (
    <Timeline
      data-testid="import-placements"
      items={placements.map((placement) => ({
        key: placement.id,
        color: KIND_COLOR[placement.kind],
        content: (
          <Flex vertical gap={2}>
            <span>
              {formatChinaTime(placement.decidedAt)} {placement.decidedBy?.displayName ?? '系统'}{' '}
              <Tag style={{ marginInlineStart: 4 }}>
                {PLACEMENT_KIND_LABELS[placement.kind]}
                {placement.dismissal ? `：${DISMISSAL_INFO[placement.dismissal].label}` : ''}
              </Tag>
            </span>
            <Typography.Text style={{ fontSize: 13 }}>{placement.basis}</Typography.Text>
            {placement.reason && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                理由：{placement.reason}
              </Typography.Text>
            )}
          </Flex>
        ),
      }))}
    />
  );
}
