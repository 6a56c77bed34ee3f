import { STAGE_LABELS, type Stage } from '@liuhen/domain';
import { Card, Flex, Timeline, Typography } from 'antd';
import type { CaseDetail, CaseEventView } from '../api/cases.ts';
import { formatChinaTime } from './china-time.ts';
import { EVENT_LABELS } from './labels.ts';

function eventTitle(event: CaseEventView): string {
  if (event.type === 'stage_changed' && typeof event.data.to === 'string') {
    return `进入“${STAGE_LABELS[event.data.to as Stage] ?? event.data.to}”环节`;
  }
  if (event.type === 'launched' && event.data.emergency === true) return '紧急启动执法程序';
  return EVENT_LABELS[event.type] ?? event.type;
}

/** 办理经过: the moments recorded on the case, oldest first. */
export function EventsCard({ detail }: { detail: CaseDetail }) {
  const names = new Map(detail.officers.map((officer) => [officer.userId, officer.name]));
  const closedAt = detail.case.closedInErrorAt;
  return (
    <Card size="small" title="办理经过" data-testid="case-events">
      <Timeline
        items={[
          ...detail.events.map((event) => ({
            key: event.id,
            color: event.type === 'stage_changed' ? 'blue' : 'gray',
            content: (
              <Flex gap={8} wrap align="baseline">
                <Typography.Text>{eventTitle(event)}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatChinaTime(event.at)}
                </Typography.Text>
                {event.actorId && names.has(event.actorId) && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {names.get(event.actorId)}
                  </Typography.Text>
                )}
              </Flex>
            ),
          })),
          // Closing in error is a fact of the case row, not an event: shown last, in red.
          ...(closedAt
            ? [
                {
                  key: 'closed-in-error',
                  color: 'red',
                  content: (
                    <Flex gap={8} wrap align="baseline">
                      <Typography.Text type="danger">作为误立案件关闭</Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatChinaTime(closedAt)}
                      </Typography.Text>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
