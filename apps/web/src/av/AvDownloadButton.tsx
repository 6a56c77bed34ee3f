import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { NoteModal } from '../cases/NoteModal.tsx';
import { requestAvAccess, type AvRecordView } from './av-api.ts';

/** Saves what the address serves under the standard name (same origin, so `download` holds). */
function saveFrom(url: string, fileName: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** 下载: like viewing, only with a reason, and on the ledger. */
export function AvDownloadButton({ record }: { record: AvRecordView }) {
  const { message } = App.useApp();
  const [asking, setAsking] = useState({ open: false, key: 0 });

  const download = async (reason: string) => {
    const grant = await requestAvAccess(record.id, 'download', reason);
    saveFrom(grant.url, record.name);
    setAsking((prev) => ({ ...prev, open: false }));
    void message.success('已开始下载；本次下载已记入留痕日志');
  };

  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => setAsking((prev) => ({ open: true, key: prev.key + 1 }))}
        data-testid="av-download"
      >
        下载
      </Button>
      <NoteModal
        key={asking.key}
        open={asking.open}
        title="下载音像记录"
        intro="下载音像记录将记入留痕日志（下载人、时间、事由）。下载的副本应妥善保管，不得擅自对外提供或公开发布。"
        label="下载事由"
        minLength={2}
        okText="下载"
        testId="av-download"
        onSubmit={download}
        onClose={() => setAsking((prev) => ({ ...prev, open: false }))}
      />
    </>
  );
}
