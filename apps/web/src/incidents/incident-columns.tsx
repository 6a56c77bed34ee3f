import { Flex, Typography, type TableColumnsType } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { IncidentKindTag } from './IncidentKindTag.tsx';
import type { IncidentView } from './incidents-api.ts';
import { incidentPath } from './paths.ts';

const SMALL = { fontSize: 12 } as const;

/** 发生时间 as a span; an incident not yet over says so. */
export function incidentSpanText(incident: Pick<IncidentView, 'startedAt' | 'endedAt'>): string {
  const start = formatChinaTime(incident.startedAt);
  return incident.endedAt ? `${start} 至 ${formatChinaTime(incident.endedAt)}` : `${start} 起`;
}

export function incidentColumns(): TableColumnsType<IncidentView> {
  return [
    {
      title: '事件名称',
      dataIndex: 'name',
      render: (name: string, incident) => (
        <AppLink to={incidentPath(incident.id)} testId="incident-open">
          {name}
        </AppLink>
      ),
    },
    {
      title: '类别',
      key: 'kind',
      width: 120,
      render: (_: unknown, incident) => <IncidentKindTag kind={incident.kind} />,
    },
    {
      title: '发生时间',
      key: 'span',
      width: 280,
      render: (_: unknown, incident) => incidentSpanText(incident),
    },
    {
      title: '音像',
      dataIndex: 'recordingCount',
      width: 70,
      render: (count: number) => <span data-testid="incident-recording-count">{count}</span>,
    },
    {
      title: '登记人 / 时间',
      key: 'registered',
      width: 140,
      render: (_: unknown, incident) => (
        <Flex vertical gap={0}>
          <span>{incident.registeredBy.displayName}</span>
          <Typography.Text type="secondary" style={SMALL}>
            {formatChinaTime(incident.registeredAt)}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
}
