import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import type { AccessGrant } from '../av/av-api.ts';
import { NoteModal } from '../cases/NoteModal.tsx';
import { MARKED_COPY_NOTICE } from './access-labels.ts';

/**
 * Saves what the address serves (same origin, so `download` holds). The name the server
 * gives the copy (扫描件（副本 1a2b3c4d）.pdf) takes precedence; `fileName` is the fallback.
 */
function saveFrom(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/**
 * 下载副本 of a recording or an attachment: asked with a reason, on the ledger, and what
 * arrives is a copy marked for the person and the grant (the tooltip says so before the
 * click). `request` asks the server for the copy's short-lived address.
 */
export function CopyDownloadButton({
  what,
  fileName,
  request,
  size,
  testId,
}: {
  /** 音像记录, 附件: as the dialog names the material. */
  what: string;
  fileName: string;
  request: (reason: string) => Promise<AccessGrant>;
  size?: 'small' | 'middle';
  /** The button's; the dialog's controls get `<testId>-text` and `<testId>-submit`. */
  testId: string;
}) {
  const { message } = App.useApp();
  const [asking, setAsking] = useState({ open: false, key: 0 });

  const download = async (reason: string) => {
    const grant = await request(reason);
    saveFrom(grant.url, fileName);
    setAsking((prev) => ({ ...prev, open: false }));
    void message.success('已开始下载带标记的副本；本次下载已记入留痕日志');
  };

  return (
    <>
      <Tooltip title={MARKED_COPY_NOTICE}>
        <Button
          size={size}
          icon={<DownloadOutlined />}
          onClick={() => setAsking((prev) => ({ open: true, key: prev.key + 1 }))}
          aria-label={`下载${what}副本 ${fileName}`}
          data-testid={testId}
        >
          下载副本
        </Button>
      </Tooltip>
      <NoteModal
        key={asking.key}
        open={asking.open}
        title={`下载${what}副本`}
        intro={`${MARKED_COPY_NOTICE}本次下载记入留痕日志（下载人、时间、事由）；副本应妥善保管，不得擅自对外提供或公开发布。`}
        label="下载事由"
        minLength={2}
        okText="下载副本"
        testId={testId}
        onSubmit={download}
        onClose={() => setAsking((prev) => ({ ...prev, open: false }))}
      />
    </>
  );
}
