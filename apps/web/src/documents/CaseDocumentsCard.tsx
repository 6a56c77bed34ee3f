import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { formatChinaTime } from '../cases/china-time.ts';
import { DocumentPreviewDrawer, type PreviewSource } from './DocumentPreviewDrawer.tsx';
import { printCaseDocuments, type IssuedDocument } from './documents-api.ts';
import { issuedPreview } from './RecordDocumentSection.tsx';

/** The server takes at most this many documents in one print. */
const MAX_BATCH = 50;

/** The chosen documents in the order they were issued: the order of the case file. */
function batchPreview(caseId: string, chosen: readonly IssuedDocument[]): PreviewSource {
  const ordered = [...chosen].sort((a, b) => a.issuedAt.localeCompare(b.issuedAt));
  return {
    title: `批量打印（${ordered.length} 份）`,
    fileName: '文书批量打印.pdf',
    load: async (signal) => ({
      blob: await printCaseDocuments(
        caseId,
        ordered.map((document) => document.id),
        signal,
      ),
    }),
  };
}

/**
 * 已签发文书: every document issued on the case, with its number, and voids kept in view;
 * 批量打印 merges the chosen ones (never a voided one) into one PDF for the preview's 打印.
 */
export function CaseDocumentsCard({
  caseId,
  documents,
  onOpenRecord,
}: {
  readonly caseId: string;
  readonly documents: readonly IssuedDocument[] | null;
  readonly onOpenRecord: (recordId: string) => void;
}) {
  const [preview, setPreview] = useState<PreviewSource | null>(null);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const chosen = (documents ?? []).filter(
    (document) => selected.includes(document.id) && document.voided === null,
  );
  return (
    <Card
      size="small"
      title="已签发文书"
      data-testid="case-documents"
      extra={
        <Tooltip title="勾选文书后合并为一个 PDF 打印（按签发时间先后；已作废的不能勾选）">
          <Button
            size="small"
            icon={<PrinterOutlined />}
            disabled={chosen.length === 0 || chosen.length > MAX_BATCH}
            onClick={() => setPreview(batchPreview(caseId, chosen))}
            data-testid="case-documents-print"
          >
            批量打印{chosen.length > 0 ? `（${chosen.length}）` : ''}
          </Button>
        </Tooltip>
      }
    >
      <Table<IssuedDocument>
        size="small"
        rowKey="id"
        rowSelection={{
          selectedRowKeys: [...selected],
          onChange: (keys) => setSelected(keys.map(String)),
          getCheckboxProps: (document) => ({
            disabled: document.voided !== null,
            title: document.voided === null ? '选择打印' : '已作废，不能打印',
          }),
        }}
        loading={documents === null}
        dataSource={documents ?? []}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{
          emptyText: (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="尚未签发文书。在文书详情中“签发”，取得文号并生成带二维码的 PDF。"
            />
          ),
        }}
        columns={[
          {
            title: '文号',
            dataIndex: 'number',
            render: (number: string, document) => (
              <Typography.Text delete={document.voided !== null}>{number}</Typography.Text>
            ),
          },
          {
            title: '文书',
            dataIndex: 'title',
            render: (title: string, document) => (
              <Typography.Link onClick={() => onOpenRecord(document.recordId)}>
                {title}
              </Typography.Link>
            ),
          },
          { title: '签发人', dataIndex: ['issuedBy', 'name'], width: 90 },
          {
            title: '签发时间',
            dataIndex: 'issuedAt',
            width: 150,
            render: (at: string) => formatChinaTime(at),
          },
          {
            title: '状态',
            key: 'status',
            width: 80,
            render: (_, document) =>
              document.voided === null ? (
                <Tag color="green">有效</Tag>
              ) : (
                <Tag title={`作废原因：${document.voided.reason}`}>已作废</Tag>
              ),
          },
          {
            title: '',
            key: 'open',
            width: 70,
            render: (_, document) => (
              <Button size="small" type="link" onClick={() => setPreview(issuedPreview(document))}>
                查看
              </Button>
            ),
          },
        ]}
      />
      <DocumentPreviewDrawer source={preview} onClose={() => setPreview(null)} />
    </Card>
  );
}
