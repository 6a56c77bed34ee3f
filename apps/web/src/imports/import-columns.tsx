import { Flex, Typography, type TableColumnsType } from 'antd';
import { formatMediaDuration } from '../av/av-format.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { casePath } from '../cases/paths.ts';
import { IncidentKindTag } from '../incidents/IncidentKindTag.tsx';
import { incidentPath } from '../incidents/paths.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { captureSpanText, bodyCameraText, durationOfImport } from './import-format.ts';
import { ImportPoster } from './ImportPoster.tsx';
import { ImportStatusTags } from './ImportStatusTags.tsx';
import type { ImportedFileView } from './imports-api.ts';

const SMALL = { fontSize: 12 } as const;

export function importColumns(
  now: number,
  onOpen: (file: ImportedFileView) => void,
): TableColumnsType<ImportedFileView> {
  return [
    {
      title: '画面',
      key: 'poster',
      width: 80,
      render: (_: unknown, file) => <ImportPoster file={file} />,
    },
    {
      title: '文件名',
      dataIndex: 'fileName',
      width: 190,
      render: (name: string, file) => (
        <Typography.Link
          onClick={() => onOpen(file)}
          style={{ wordBreak: 'break-all' }}
          data-testid="import-open"
        >
          {name}
        </Typography.Link>
      ),
    },
    {
      title: '设备 / 领用人',
      key: 'bodyCamera',
      width: 130,
      render: (_: unknown, file) => (
        <Flex vertical gap={0}>
          <span>{bodyCameraText(file)}</span>
          <Typography.Text type="secondary" style={SMALL}>
            {file.holder?.displayName ?? '拍摄时无人领用'}
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
      title: '时长',
      key: 'duration',
      width: 64,
      render: (_: unknown, file) => formatMediaDuration(durationOfImport(file)),
    },
    {
      title: '导入人 / 时间',
      key: 'imported',
      width: 120,
      render: (_: unknown, file) => (
        <Flex vertical gap={0}>
          <span>{file.importedBy.displayName}</span>
          <Typography.Text type="secondary" style={SMALL}>
            {formatChinaTime(file.importedAt)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: '案件 / 事件',
      key: 'case',
      width: 170,
      render: (_: unknown, file) =>
        // 004 第十八条 标明案号（或事件名称）: an incident's name stands where a case number would.
        file.incident ? (
          <Flex vertical gap={2} align="flex-start">
            <AppLink to={incidentPath(file.incident.id)} testId="import-incident">
              {file.incident.name}
            </AppLink>
            <IncidentKindTag kind={file.incident.kind} />
          </Flex>
        ) : file.case ? (
          <Flex vertical gap={0}>
            <AppLink to={casePath(file.case.id)}>{file.case.caseNumber}</AppLink>
            <Typography.Text type="secondary" style={SMALL} ellipsis>
              {file.case.name}
            </Typography.Text>
          </Flex>
        ) : file.candidates.length > 0 ? (
          <Typography.Text type="secondary" style={SMALL}>
            可能属于 {file.candidates.length} 件案件
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: '状态',
      key: 'status',
      onCell: () => ({ style: { minWidth: 140 } }),
      render: (_: unknown, file) => <ImportStatusTags file={file} now={now} />,
    },
  ];
}
