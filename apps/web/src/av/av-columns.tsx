import { AV_SITUATION_LABELS } from '@liuhen/domain';
import { Flex, Tag, Typography, type TableColumnsType } from 'antd';
import type { FindingView } from '../api/cases.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { HashText } from '../ledger/HashText.tsx';
import type { AvRecordView } from './av-api.ts';
import { AvFindingTags, findingsOf } from './AvFindingTags.tsx';
import { formatBytes, formatMediaDuration, recordingSeconds } from './av-format.ts';
import { AvPoster } from './AvPoster.tsx';

/** The length the list shows: from the file, else from the capture times entered. */
export function durationOf(record: AvRecordView): number | undefined {
  return recordingSeconds(
    record.evidenceObject.media?.durationSeconds,
    record.recordingStartedAt,
    record.recordingEndedAt,
  );
}

export function avColumns(
  findings: readonly FindingView[],
  onOpen: (record: AvRecordView) => void,
): TableColumnsType<AvRecordView> {
  return [
    {
      title: '画面',
      key: 'poster',
      width: 80,
      render: (_: unknown, row) => (
        <AvPoster id={row.id} kind={row.kind} hasPoster={row.hasPoster} name={row.name} />
      ),
    },
    {
      title: '名称',
      dataIndex: 'name',
      width: 230,
      render: (name: string, row) => (
        <Flex vertical gap={2}>
          <Typography.Link
            onClick={() => onOpen(row)}
            style={{ wordBreak: 'break-all' }}
            data-testid="av-open"
          >
            {name}
          </Typography.Link>
          {row.versions.length > 1 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              已补正 {row.versions.length - 1} 次
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      title: '执法情形',
      dataIndex: 'situations',
      width: 140,
      render: (situations: AvRecordView['situations']) => (
        <Flex gap={4} wrap>
          {situations.map((situation) => (
            <Tag key={situation} style={{ marginInlineEnd: 0, fontSize: 12 }}>
              {AV_SITUATION_LABELS[situation]}
            </Tag>
          ))}
        </Flex>
      ),
    },
    {
      title: '录制时间',
      dataIndex: 'recordingStartedAt',
      width: 128,
      render: (value: string) => formatChinaTime(value),
    },
    {
      title: '时长',
      key: 'duration',
      width: 72,
      render: (_: unknown, row) => (
        <span data-testid="av-duration">{formatMediaDuration(durationOf(row))}</span>
      ),
    },
    {
      title: '入库时间',
      dataIndex: 'storedAt',
      width: 128,
      render: (value: string) => formatChinaTime(value),
    },
    {
      title: '大小',
      key: 'size',
      width: 80,
      render: (_: unknown, row) => formatBytes(row.evidenceObject.sizeBytes),
    },
    {
      title: 'SHA-256',
      key: 'sha256',
      width: 124,
      render: (_: unknown, row) => (
        <HashText value={row.evidenceObject.sha256} visible={8} testId="av-sha256" />
      ),
    },
    {
      title: '检查发现',
      key: 'findings',
      // Takes what is left of the row.
      onCell: () => ({ style: { minWidth: 240 } }),
      render: (_: unknown, row) => <AvFindingTags findings={findingsOf(findings, row.id)} />,
    },
  ];
}
