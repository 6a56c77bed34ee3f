import { useState } from 'react';
import type { AccessGrant } from '../av/av-api.ts';
import { AccessReasonForm } from '../av/AccessReasonForm.tsx';
import { GrantedMedia } from '../av/GrantedMedia.tsx';
import { requestImportedFileAccess, type ImportedFileView } from './imports-api.ts';

/**
 * 查看: the clerk watches an imported file before deciding where it belongs; like every view
 * of evidence it asks the reason first and is on the ledger. Mount afresh per file (key).
 */
export function ImportPlayer({ file }: { file: ImportedFileView }) {
  const [grant, setGrant] = useState<AccessGrant | null>(null);

  const request = async (reason: string) =>
    setGrant(await requestImportedFileAccess(file.id, 'view', reason));

  if (!grant) {
    return (
      <AccessReasonForm
        notice="查看导入的音像将记入留痕日志（查看人、时间、事由）。请先填写查看事由。"
        testId="import-access"
        onSubmit={request}
      />
    );
  }
  const element = file.mediaType.startsWith('image/')
    ? 'img'
    : file.mediaType.startsWith('audio/')
      ? 'audio'
      : 'video';
  return (
    <GrantedMedia
      grant={grant}
      element={element}
      name={file.fileName}
      testId="import-player"
      onExpired={() => setGrant(null)}
    />
  );
}
