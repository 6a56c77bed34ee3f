import { Alert, Modal, Typography } from 'antd';
import { useState } from 'react';
import { ApiError, problemText } from '../api/problem.ts';
import { isHandledBySession } from '../api/use-report-error.ts';
import { issueRecordDocument, type IssuedDocument } from './documents-api.ts';

/**
 * 签发: confirms that this version of the record is what the party receives. Once issued the
 * PDF cannot change; a mistake is put right by 作废 and a new issue under a new number.
 */
export function IssueDocumentModal({
  recordId,
  title,
  open,
  onClose,
  onIssued,
}: {
  readonly recordId: string;
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly onIssued: (document: IssuedDocument) => void;
}) {
  const [issuing, setIssuing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const issue = async () => {
    setIssuing(true);
    setProblem(null);
    try {
      onIssued(await issueRecordDocument(recordId));
    } catch (error) {
      if (isHandledBySession(error)) return;
      setProblem(error instanceof ApiError ? problemText(error.problem) : '签发失败，请稍后重试。');
    } finally {
      setIssuing(false);
    }
  };
  return (
    <Modal
      title={`签发《${title}》`}
      open={open}
      onCancel={onClose}
      onOk={() => void issue()}
      okText="签发"
      confirmLoading={issuing}
      okButtonProps={{ ...{ 'data-testid': 'document-issue-confirm' } }}
      destroyOnHidden
    >
      <Typography.Paragraph>
        签发后系统将取得本机关该类文书的下一个文号，生成带二维码的 PDF
        并存档（不可修改），其摘要记入留痕日志。任何人可扫描二维码核验文书真伪。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        签发后如发现错误，只能作废（写明原因）后重新签发，原文号不再使用。
      </Typography.Paragraph>
      {problem !== null && (
        <Alert type="error" showIcon title={problem} data-testid="document-issue-problem" />
      )}
    </Modal>
  );
}
