import { CopyDownloadButton } from '../access/CopyDownloadButton.tsx';
import { requestAvAccess, type AvRecordView } from './av-api.ts';

/** 下载副本: like viewing, only with a reason, and on the ledger; what arrives is a marked copy. */
export function AvDownloadButton({ record }: { record: AvRecordView }) {
  return (
    <CopyDownloadButton
      what="音像记录"
      fileName={record.name}
      request={(reason) => requestAvAccess(record.id, 'download', reason)}
      testId="av-download"
    />
  );
}
