import { Alert, Button, Card, Descriptions, Flex, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { CaseDetail } from '../api/cases.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { useNow } from '../imports/use-now.ts';
import { CitationTag } from '../common/CitationTag.tsx';
import { formatChinaTime, formatDueBy } from './china-time.ts';
import {
  periodActs,
  periodHistory,
  periodState,
  shiftedDays,
  type DecisionPeriodView,
  type PeriodAct,
} from './decision-period.ts';
import { DecisionPeriodModal } from './DecisionPeriodModal.tsx';

const ARTICLE_60 = { law: '行政处罚法', article: '第六十条', text: '《行政处罚法》第六十条' };

const ACT_BUTTONS: Record<PeriodAct, { label: string; primary: boolean }> = {
  extend: { label: '延长办案期限', primary: false },
  suspend: { label: '中止计算', primary: false },
  resume: { label: '恢复计算', primary: true },
};

function Shift({ period }: { period: DecisionPeriodView }) {
  const { extended, suspended } = shiftedDays(period);
  const parts = [
    extended > 0 ? `经批准延长 ${extended} 日` : '',
    suspended > 0 ? `中止 ${suspended} 日不计入` : '',
  ].filter(Boolean);
  return parts.length ? <>{parts.join('，')}</> : <>无</>;
}

/**
 * 办案期限 (行政处罚法 第六十条): a filed penalty case is decided within 90 days of filing,
 * unless the agency head approves an extension or the period stands still for 鉴定、听证、
 * 公告. Shows the end in force (as the server counts it, on the agency's calendar), each
 * change, and the acts that change it.
 */
export function DecisionPeriodCard({
  detail,
  onChanged,
}: {
  detail: CaseDetail;
  onChanged: () => void;
}) {
  const user = useCurrentUser();
  const now = useNow();
  const [acting, setActing] = useState<{ act: PeriodAct | null; open: boolean; key: number }>({
    act: null,
    open: false,
    key: 0,
  });
  const period = detail.decisionPeriod;
  if (period === null) return null;

  const state = periodState(period, new Date(now));
  const acts = periodActs(detail, user);
  const history = periodHistory(period);
  const open = (act: PeriodAct) => setActing((prev) => ({ act, open: true, key: prev.key + 1 }));
  const close = () => setActing((prev) => ({ ...prev, open: false }));

  return (
    <Card
      size="small"
      title="办案期限"
      extra={<CitationTag citation={ARTICLE_60} />}
      data-testid="decision-period"
      data-state={state.kind}
    >
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'filed', label: '立案时间', children: formatChinaTime(period.filedAt) },
            {
              key: 'period',
              label: '法定期限',
              children: `自立案之日起 ${period.period}内作出行政处罚决定`,
            },
            {
              key: 'deadline',
              label: period.suspendedSince === null ? '现行期限' : '现行期限（按今日恢复）',
              children: (
                <Flex gap={8} wrap align="center">
                  <Typography.Text strong data-testid="decision-period-deadline">
                    {formatDueBy(period.deadline)}
                  </Typography.Text>
                  <Tag color={state.color} style={{ marginInlineEnd: 0 }}>
                    {state.label}
                  </Tag>
                  {period.provisionalYears.length > 0 && (
                    <Tag color="gold" style={{ marginInlineEnd: 0 }}>
                      暂定（{period.provisionalYears.join('、')} 年节假日未录入）
                    </Tag>
                  )}
                </Flex>
              ),
            },
            { key: 'shift', label: '延长、中止', children: <Shift period={period} /> },
            ...(period.decidedAt === null
              ? []
              : [
                  {
                    key: 'decided',
                    label: '作出决定',
                    children: formatChinaTime(period.decidedAt),
                  },
                ]),
          ]}
        />
        {period.suspendedSince !== null && (
          <Alert
            type="warning"
            showIcon
            title={`自 ${formatChinaTime(period.suspendedSince)} 起中止计算，中止期间不计入期限。鉴定、听证、公告等结束后，请记录恢复计算。`}
          />
        )}
        {history.length > 0 && (
          <Timeline
            data-testid="decision-period-history"
            items={history.map((line) => ({
              key: line.key,
              color: line.counted ? 'blue' : 'gray',
              content: (
                <Flex vertical gap={2}>
                  <Typography.Text delete={!line.counted}>{line.title}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {line.detail}
                  </Typography.Text>
                </Flex>
              ),
            }))}
          />
        )}
        {acts.length > 0 && (
          <Flex gap={8} wrap>
            {acts.map((act) => (
              <Button
                key={act}
                size="small"
                type={ACT_BUTTONS[act].primary ? 'primary' : 'default'}
                onClick={() => open(act)}
                data-testid={`decision-period-${act}`}
              >
                {ACT_BUTTONS[act].label}
              </Button>
            ))}
          </Flex>
        )}
      </Flex>
      {acting.act && (
        <DecisionPeriodModal
          key={acting.key}
          open={acting.open}
          act={acting.act}
          caseId={detail.case.id}
          period={period}
          overdue={state.kind === 'overdue'}
          approverName={user.displayName}
          onClose={close}
          onSaved={() => {
            close();
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
