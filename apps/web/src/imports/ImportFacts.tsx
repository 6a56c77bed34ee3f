import { Descriptions, type DescriptionsProps } from 'antd';
import { formatBytes, formatMediaDuration } from '../av/av-format.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { HashText } from '../ledger/HashText.tsx';
import { captureSpanText, bodyCameraText, durationOfImport } from './import-format.ts';
import type { ImportedFileView } from './imports-api.ts';

function formatOf(file: ImportedFileView): string {
  const media = file.media;
  return [
    file.mediaType,
    [media?.videoCodec, media?.audioCodec].filter(Boolean).join(' / '),
    media?.width && media.height ? `${media.width}×${media.height}` : undefined,
  ]
    .filter(Boolean)
    .join('，');
}

/** What the station sent and the server read: where it came from, when, by whose camera. */
export function ImportFacts({ file }: { file: ImportedFileView }) {
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: '文件名', children: file.fileName },
    {
      key: 'path',
      label: '原始路径',
      children: <span style={{ wordBreak: 'break-all' }}>{file.originalPath}</span>,
    },
    {
      key: 'bodyCamera',
      label: '执法记录仪',
      children: file.bodyCamera?.model
        ? `${bodyCameraText(file)}（${file.bodyCamera.model}，${file.bodyCamera.serial}）`
        : bodyCameraText(file),
    },
    { key: 'holder', label: '拍摄时领用人', children: file.holder?.displayName ?? '无人领用' },
    {
      key: 'captured',
      label: '拍摄时间',
      children: `${captureSpanText(file)}（${formatMediaDuration(durationOfImport(file))}）`,
    },
    { key: 'format', label: '格式', children: formatOf(file) || '—' },
    { key: 'size', label: '大小', children: formatBytes(file.sizeBytes) },
    {
      key: 'imported',
      label: '导入',
      children: `${file.importedBy.displayName}，${formatChinaTime(file.importedAt)}`,
    },
    {
      key: 'sha256',
      label: 'SHA-256',
      children: <HashText value={file.sha256} visible={32} testId="import-sha256" />,
    },
    { key: 'sm3', label: 'SM3', children: <HashText value={file.sm3} visible={32} /> },
  ];
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: 120 } }}
      items={items}
      data-testid="import-facts"
    />
  );
}
