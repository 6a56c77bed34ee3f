import { STAGE_LABELS, type Stage } from '@liuhen/domain';
import { Tag } from 'antd';
import { STAGE_COLORS } from './labels.ts';

/** The case's 环节 as a tag; a case closed in error says so instead. */
export function StageTag({
  stage,
  closedInError = false,
  testId,
}: {
  stage: Stage;
  closedInError?: boolean;
  testId?: string;
}) {
  if (closedInError) {
    return (
      <Tag color="default" data-testid={testId} data-stage="closed_in_error">
        已关闭（误立）
      </Tag>
    );
  }
  return (
    <Tag color={STAGE_COLORS[stage]} data-testid={testId} data-stage={stage}>
      {STAGE_LABELS[stage]}
    </Tag>
  );
}
