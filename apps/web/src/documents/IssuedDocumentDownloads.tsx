import { CopyOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import {
  fetchDocumentProof,
  fetchIssuedPdf,
  fetchPartyCopy,
  type IssuedDocument,
} from './documents-api.ts';
import { saveBlob } from './save-blob.ts';

/**
 * 下载核验包: the issued PDF and its ledger proof bundle as two files, which together prove
 * offline (`liuhen document verify`) that the PDF is the one issued. 当事人复制件: a copy for
 * the party, marked 复制件, under a 当事人复制 request the agency head approved.
 */
export function IssuedDocumentDownloads({ document }: { readonly document: IssuedDocument }) {
  const { message } = App.useApp();
  const report = useReportError();
  const [busy, setBusy] = useState<'proof' | 'copy' | null>(null);
  const stem = `${document.number}${document.title}`;

  const downloadProof = async () => {
    setBusy('proof');
    try {
      const [pdf, proof] = await Promise.all([
        fetchIssuedPdf(document.id),
        fetchDocumentProof(document.id),
      ]);
      saveBlob(pdf, `${stem}.pdf`);
      saveBlob(proof, `${document.number}.proof.json`);
      void message.success('已下载文书 PDF 和核验包（两个文件）');
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  const downloadPartyCopy = async () => {
    setBusy('copy');
    try {
      saveBlob(await fetchPartyCopy(document.id), `${stem}（复制件）.pdf`);
    } catch (error) {
      report(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <>
      <Tooltip title="文书 PDF 与核验包（.proof.json）：可用 liuhen document verify 离线核验">
        <Button
          icon={<SafetyOutlined />}
          loading={busy === 'proof'}
          onClick={() => void downloadProof()}
          data-testid="document-download-proof"
        >
          下载核验包
        </Button>
      </Tooltip>
      <Tooltip title="须有经机关负责人批准的“当事人复制”申请；下载的是加注“复制件”的副本">
        <Button
          icon={<CopyOutlined />}
          loading={busy === 'copy'}
          onClick={() => void downloadPartyCopy()}
          data-testid="document-party-copy"
        >
          当事人复制件
        </Button>
      </Tooltip>
    </>
  );
}
