import { Button, Flex, Typography } from 'antd';
import { formatMediaDuration } from '../av/av-format.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { captureSpanText, durationOfImport } from './import-format.ts';
import { ImportPoster } from './ImportPoster.tsx';
import type { ImportedFileView } from './imports-api.ts';
import { importedFilePath } from './paths.ts';

/**
 * 待登记 on the case: files the collection station brought in and placed here, each with
 * 登记 (the AV record form, prefilled). Registered files leave the list.
 */
export function PendingImports({
  files,
  canRegister,
  onRegister,
}: {
  files: readonly ImportedFileView[];
  canRegister: boolean;
  onRegister: (file: ImportedFileView) => void;
}) {
  if (files.length === 0) return null;
  return (
    <Flex
      vertical
      gap={8}
      style={{ padding: 12, marginBottom: 12, background: '#f0f5ff', borderRadius: 6 }}
      data-testid="case-pending-imports"
    >
      <Typography.Text strong>
        待登记（{files.length}）
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
          {'  '}采集站导入、已归入本案的音像，登记后成为本案音像记录。
        </Typography.Text>
      </Typography.Text>
      {files.map((file) => (
        <Flex
          key={file.id}
          gap={12}
          align="center"
          data-testid="pending-import"
          data-file-name={file.fileName}
        >
          <ImportPoster file={file} />
          <Flex vertical gap={0} style={{ flex: 1, minWidth: 0 }}>
            <AppLink to={importedFilePath(file.id)} testId="pending-import-open">
              {file.fileName}
            </AppLink>
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12 }}
              ellipsis={{ tooltip: file.placement.basis }}
            >
              {captureSpanText(file)}（{formatMediaDuration(durationOfImport(file))}）·{' '}
              {file.holder?.displayName ?? '无人领用'} · {file.placement.basis}
            </Typography.Text>
          </Flex>
          {canRegister && (
            <Button
              type="primary"
              size="small"
              onClick={() => onRegister(file)}
              data-testid="pending-import-register"
            >
              登记
            </Button>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
