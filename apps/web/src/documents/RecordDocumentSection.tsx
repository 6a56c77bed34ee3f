import { documentKind, type RecordTypeId } from '@liuhen/domain';
import { FileWordOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatChinaTime } from '../cases/china-time.ts';
import { useReportError } from '../api/use-report-error.ts';
import { DocumentPreviewDrawer, type PreviewSource } from './DocumentPreviewDrawer.tsx';
import { fetchDraft, fetchIssuedPdf, type IssuedDocument } from './documents-api.ts';
import { ElectronicServiceCard } from './ElectronicServiceCard.tsx';
import { IssueDocumentModal } from './IssueDocumentModal.tsx';
import { IssuedDocumentDownloads } from './IssuedDocumentDownloads.tsx';
import { saveBlob } from './save-blob.ts';
import { RecordSignaturesBlock } from '../signatures/RecordSignaturesBlock.tsx';
import type { SignatureRole } from '../signatures/signatures-api.ts';
import { VoidDocumentModal } from './VoidDocumentModal.tsx';

export function issuedPreview(issued: IssuedDocument): PreviewSource {
  return {
    title: `${issued.title} ${issued.number}`,
    fileName: `${issued.number}${issued.title}.pdf`,
    load: async (signal) => ({ blob: await fetchIssuedPdf(issued.id, signal) }),
  };
}

/**
 * The record as a document (执法文书): its signatures (当事人、执法人员 … signing on the
 * screen), its draft as PDF or DOCX; 签发 with a 文号 for those who work on the case; once
 * issued, the stored PDF, its number and verification code, its 核验包, a party's 复制件,
 * and 作废.
 */
export function RecordDocumentSection({
  recordId,
  type,
  current,
  canWork,
  documents,
  partyNames,
  signerDefaults = {},
  onChanged,
}: {
  readonly recordId: string;
  readonly type: RecordTypeId;
  /** Only the current version of a record is issued; a corrected one shows its history. */
  readonly current: boolean;
  readonly canWork: boolean;
  readonly documents: readonly IssuedDocument[];
  /** The case's parties as the recipient of a service. */
  readonly partyNames: string;
  /** Names to offer when a line is signed (the party's, the officers'). */
  readonly signerDefaults?: Partial<Record<SignatureRole, string>>;
  readonly onChanged: () => void;
}) {
  const { message } = App.useApp();
  const report = useReportError();
  const [preview, setPreview] = useState<PreviewSource | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [voiding, setVoiding] = useState<IssuedDocument | null>(null);
  const [downloading, setDownloading] = useState(false);
  const title = documentKind(type).title;
  const ofRecord = documents.filter((document) => document.recordId === recordId);
  const live = ofRecord.find((document) => document.voided === null);

  const downloadDocx = async () => {
    setDownloading(true);
    try {
      const { blob } = await fetchDraft(recordId, 'docx');
      saveBlob(blob, `${title}（草稿）.docx`);
    } catch (error) {
      report(error);
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Card size="small" title="执法文书" data-testid="record-document">
      <div style={{ marginBottom: 12 }}>
        <RecordSignaturesBlock
          recordId={recordId}
          canSign={canWork && current && live === undefined}
          signerDefaults={signerDefaults}
          refreshKey={ofRecord
            .map((document) => `${document.id}:${document.voided === null ? 'live' : 'void'}`)
            .join(',')}
        />
      </div>
      {live === undefined ? (
        <Flex gap={8} wrap>
          <Button
            icon={<FilePdfOutlined />}
            onClick={() =>
              setPreview({
                title: `${title}（草稿）`,
                fileName: `${title}（草稿）.pdf`,
                load: (signal) => fetchDraft(recordId, 'pdf', signal),
              })
            }
            data-testid="document-draft-preview"
          >
            预览
          </Button>
          <Button
            icon={<FileWordOutlined />}
            loading={downloading}
            onClick={() => void downloadDocx()}
          >
            下载 Word 草稿
          </Button>
          {canWork && current && (
            <Button
              type="primary"
              icon={<SafetyCertificateOutlined />}
              onClick={() => setIssuing(true)}
              data-testid="document-issue"
            >
              签发
            </Button>
          )}
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'number',
                label: '文号',
                children: <span data-testid="document-number">{live.number}</span>,
              },
              {
                key: 'issued',
                label: '签发',
                children: `${live.issuedBy.name}，${formatChinaTime(live.issuedAt)}`,
              },
              {
                key: 'code',
                label: '核验码',
                children: <Typography.Text code>{live.verificationCode}</Typography.Text>,
              },
              { key: 'pages', label: '页数', children: `${live.pageCount} 页` },
            ]}
          />
          <Flex gap={8} wrap>
            <Button
              type="primary"
              icon={<FilePdfOutlined />}
              onClick={() => setPreview(issuedPreview(live))}
              data-testid="document-open-issued"
            >
              查看 / 打印
            </Button>
            <IssuedDocumentDownloads document={live} />
            {canWork && (
              <Button danger onClick={() => setVoiding(live)}>
                作废
              </Button>
            )}
          </Flex>
          <ElectronicServiceCard document={live} canSend={canWork} defaultRecipient={partyNames} />
        </Flex>
      )}
      {ofRecord.some((document) => document.voided !== null) && (
        <Typography.Paragraph
          type="secondary"
          style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}
        >
          已作废：
          {ofRecord
            .filter((document) => document.voided !== null)
            .map((document) => (
              <Tag key={document.id}>{document.number}</Tag>
            ))}
        </Typography.Paragraph>
      )}
      <DocumentPreviewDrawer source={preview} onClose={() => setPreview(null)} />
      <IssueDocumentModal
        recordId={recordId}
        title={title}
        open={issuing}
        onClose={() => setIssuing(false)}
        onIssued={(issued) => {
          setIssuing(false);
          void message.success(`已签发，文号 ${issued.number}`);
          onChanged();
          setPreview(issuedPreview(issued));
        }}
      />
      <VoidDocumentModal
        document={voiding}
        onClose={() => setVoiding(null)}
        onVoided={() => {
          setVoiding(null);
          void message.success('文书已作废');
          onChanged();
        }}
      />
    </Card>
  );
}
