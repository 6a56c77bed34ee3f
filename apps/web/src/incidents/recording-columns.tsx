import { Flex, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { AppLink } from '../ledger/AppLink.tsx';
import { captureSpanText } from '../imports/import-format.ts';
import { ImportPoster } from '../imports/ImportPoster.tsx';
import { importedFilePath } from '../imports/paths.ts';
import type { IncidentRecording } from './incidents-api.ts';

const SMALL = { fontSize: 12 } as const;

/** 保存期限: the decision in a word, the reasons with their articles on hover. */
function RetentionTag({ retention }: { retention: IncidentRecording['retention'] }) {
  if (retention === null) return <Typography.Text type="secondary">—</Typography.Text>;
  const reasons = retention.reasons.map((reason) => reason.explanation).join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{reasons}</span>}>
      <Tag
        color={retention.kind === 'permanent' ? 'red' : 'default'}
        style={{ whiteSpace: 'normal', marginInlineEnd: 0 }}
        data-testid="recording-retention"
        data-kind={retention.kind}
      >
        {retention.summary}
      </Tag>
    </Tooltip>
  );
}

/** The recordings on an incident, under the name each is labelled with there. */
export function recordingColumns(): TableColumnsType<IncidentRecording> {
  return [
    {
      title: '画面',
      key: 'poster',
      width: 80,
      render: (_: unknown, file) => <ImportPoster file={file} />,
    },
    {
      title: '标识名称 / 原文件名',
      key: 'name',
      render: (_: unknown, file) => (
        <Flex vertical gap={0}>
          <AppLink to={importedFilePath(file.id)} testId="recording-open">
            <span style={{ wordBreak: 'break-all' }} data-testid="recording-stored-name">
              {file.storedName ?? file.fileName}
            </span>
          </AppLink>
          <Typography.Text type="secondary" style={{ ...SMALL, wordBreak: 'break-all' }}>
            {file.fileName}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '拍摄时间',
      key: 'captured',
      width: 165,
      render: (_: unknown, file) => captureSpanText(file),
    },
    {
      title: '拍摄人',
      key: 'holder',
      width: 90,
      render: (_: unknown, file) => file.holder?.displayName ?? '—',
    },
    {
      title: '保存期限',
      key: 'retention',
      width: 170,
      render: (_: unknown, file) => <RetentionTag retention={file.retention} />,
    },
  ];
}
