import { Button, Card, Empty, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatChinaTime } from '../cases/china-time.ts';
import { DocumentPreviewDrawer, type PreviewSource } from './DocumentPreviewDrawer.tsx';
import type { IssuedDocument } from './documents-api.ts';
import { issuedPreview } from './RecordDocumentSection.tsx';

/** 已签发文书: every document issued on the case, with its number, and voids kept in view. */
export function CaseDocumentsCard({
  documents,
  onOpenRecord,
}: {
  readonly documents: readonly IssuedDocument[] | null;
  readonly onOpenRecord: (recordId: string) => void;
}) {
  const [preview, setPreview] = useState<PreviewSource | null>(null);
  return (
    <Card size="small" title="已签发文书" data-testid="case-documents">
      <Table<IssuedDocument>
        size="small"
        rowKey="id"
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
