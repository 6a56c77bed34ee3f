import { STAGE_LABELS, STAGES, stageIndex, type Stage } from '@liuhen/domain';
import { Steps } from 'antd';
import type { CaseDetail } from '../api/cases.ts';
import { formatChinaTime } from './china-time.ts';
import { visitedStages } from './case-facts.ts';

/** When the case entered each stage: its launch, then each stage change. */
function enteredAt(detail: CaseDetail): Map<Stage, string> {
  const entered = new Map<Stage, string>([['launch', detail.case.createdAt]]);
  for (const event of detail.events) {
    if (event.type === 'stage_changed' && typeof event.data.to === 'string') {
      entered.set(event.data.to as Stage, event.at);
    }
  }
  return entered;
}

/** The five stages and 已归档, the current one active; a stage the case skipped says so. */
export function StageTimeline({ detail }: { detail: CaseDetail }) {
  const { stage } = detail.case;
  const closed = detail.case.closedInErrorAt !== null;
  const current = stageIndex(stage);
  const visited = visitedStages(detail);
  const entered = enteredAt(detail);

  return (
    <div data-testid="case-stages" data-current-stage={stage}>
      <Steps
        size="small"
        current={current}
        status={closed ? 'error' : stage === 'archived' ? 'finish' : 'process'}
        items={STAGES.map((item, index) => {
          const skipped = index < current && !visited.includes(item);
          return {
            key: item,
            title: (
              <span
                data-testid={`stage-${item}`}
                data-status={index === current ? 'current' : index < current ? 'past' : 'future'}
              >
                {STAGE_LABELS[item]}
              </span>
            ),
            ...(skipped ? { status: 'wait' as const } : {}),
            content: skipped
              ? '未经过'
              : index <= current && entered.has(item)
                ? formatChinaTime(entered.get(item))
                : undefined,
          };
        })}
      />
    </div>
  );
}
