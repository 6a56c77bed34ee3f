import { AV_SITUATION_LABELS, STAGE_LABELS, recordTypeSpec, type FieldSpec } from '@liuhen/domain';
import {
  Alert,
  Button,
  Descriptions,
  Drawer,
  Flex,
  Tag,
  Typography,
  type DescriptionsProps,
} from 'antd';
import type { ReactNode } from 'react';
import type { CaseDetail, CaseRecordView, SignatureView } from '../api/cases.ts';
import { RecordAttachments } from '../attachments/RecordAttachments.tsx';
import type { IssuedDocument } from '../documents/documents-api.ts';
import { RecordDocumentSection } from '../documents/RecordDocumentSection.tsx';
import { newerVersionOf } from './case-facts.ts';
import { formatChinaTime } from './china-time.ts';
import { choiceLabel } from './labels.ts';
import { MASKED_NOTICE, recordMarks } from './record-marks.ts';
import { RecordConfidentialityTag } from './RecordConfidentialityTag.tsx';

const EMPTY = <Typography.Text type="secondary">（未填写）</Typography.Text>;

function listOf(value: unknown): string[] {
  if (Array.isArray(value))
    return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  return typeof value === 'string' ? [value] : [];
}

/** A stored field value as a clerk reads it. */
export function fieldText(spec: FieldSpec | undefined, value: unknown): ReactNode {
  if (value === undefined || value === null || value === '') return EMPTY;
  switch (spec?.kind) {
    case 'instant':
      return typeof value === 'string' ? formatChinaTime(value) : String(value);
    case 'people':
    case 'list': {
      const items = listOf(value);
      return items.length > 0 ? items.join('、') : EMPTY;
    }
    case 'boolean':
      return value === true ? '是' : value === false ? '否' : String(value);
    case 'choice':
      return typeof value === 'string' ? choiceLabel(value) : String(value);
    default:
      return (
        <span style={{ whiteSpace: 'pre-wrap' }}>
          {typeof value === 'string' ? value : JSON.stringify(value)}
        </span>
      );
  }
}

function signatureText(signature: SignatureView | null, required: boolean): ReactNode {
  if (signature === null) {
    return required ? (
      <Typography.Text type="danger">未记录当事人签字或拒签情况</Typography.Text>
    ) : (
      <Typography.Text type="secondary">本文书无需当事人签字</Typography.Text>
    );
  }
  if (signature.kind === 'signed') {
    return (
      <Flex vertical gap={2}>
        <span>
          <Tag color="green">已签字</Tag>
          {signature.signers.join('、')}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          签字时间：{formatChinaTime(signature.at)}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={2}>
      <span>
        <Tag color="orange">拒绝签字</Tag>
        <span style={{ whiteSpace: 'pre-wrap' }}>{signature.note}</span>
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        拒签时间：{formatChinaTime(signature.at)}
        {signature.avRecordId ? `；音像记录 ${signature.avRecordId}` : ''}
      </Typography.Text>
    </Flex>
  );
}

/**
 * One sealed record: its fields by their catalogue labels, the signature block, when it was
 * made and sealed, its attachments; for a corrected one, the newer version and why.
 */
export function RecordDrawer({
  open,
  record,
  detail,
  canCorrect,
  canAttach,
  canIssue,
  documents,
  onDocumentsChanged,
  onCorrect,
  onOpenVersion,
  onClose,
}: {
  open: boolean;
  record: CaseRecordView | null;
  detail: CaseDetail;
  canCorrect: boolean;
  /** May attach scans and photos (to any version: a scan belongs to the version it scans). */
  canAttach: boolean;
  /** May issue and void documents (works on the case, which is still open). */
  canIssue: boolean;
  /** The case's issued documents (those of this record are shown with it). */
  documents: readonly IssuedDocument[];
  onDocumentsChanged: () => void;
  onCorrect: (record: CaseRecordView) => void;
  onOpenVersion: (record: CaseRecordView) => void;
  onClose: () => void;
}) {
  const spec = record ? recordTypeSpec(record.type) : undefined;
  const newer = record ? newerVersionOf(detail.records, record) : undefined;
  const older = record?.supersedesId
    ? detail.records.find((candidate) => candidate.id === record.supersedesId)
    : undefined;
  const masked = record ? recordMarks(record).masked : false;
  const makerName = (userId: string) =>
    detail.officers.find((officer) => officer.userId === userId)?.name ?? '—';

  const known = new Set(spec?.fields.map((field) => field.key));
  const items: DescriptionsProps['items'] =
    record && spec
      ? [
          ...spec.fields.map((field) => ({
            key: field.key,
            label: field.label,
            children: fieldText(field, record.fields[field.key]),
          })),
          // Keys the catalogue no longer names (kept as sealed).
          ...Object.keys(record.fields)
            .filter((key) => !known.has(key))
            .map((key) => ({
              key,
              label: key,
              children: fieldText(undefined, record.fields[key]),
            })),
        ]
      : [];

  return (
    <Drawer
      title={
        spec && record ? (
          <Flex gap={8} align="center">
            <span>《{spec.label}》</span>
            <RecordConfidentialityTag record={record} />
          </Flex>
        ) : (
          '文书'
        )
      }
      open={open}
      onClose={onClose}
      size={640}
      footer={
        record &&
        canCorrect &&
        !newer && (
          <Flex justify="flex-end">
            <Button onClick={() => onCorrect(record)} data-testid="record-correct">
              更正
            </Button>
          </Flex>
        )
      }
    >
      {record && spec && (
        <Flex vertical gap={16} data-testid="record-drawer">
          {masked && (
            <Alert
              type="info"
              showIcon
              title={MASKED_NOTICE}
              description="按需知悉原则对您遮蔽显示；封存的原文书完整保存，未作改动。"
              data-testid="record-masked"
            />
          )}
          {newer && (
            <Alert
              type="warning"
              showIcon
              title="本文书已更正，以下为原版本"
              description={
                <Flex vertical gap={4}>
                  <span>更正理由：{newer.correctionReason ?? '—'}</span>
                  <span>
                    <Typography.Link
                      onClick={() => onOpenVersion(newer)}
                      data-testid="record-newer-link"
                    >
                      查看更正后的版本（{formatChinaTime(newer.recordedAt)} 封存）
                    </Typography.Link>
                  </span>
                </Flex>
              }
            />
          )}
          {older && (
            <Alert
              type="info"
              showIcon
              title={`本文书是更正版本。更正理由：${record.correctionReason ?? '—'}`}
              description={
                <Typography.Link onClick={() => onOpenVersion(older)}>
                  查看被更正的原版本
                </Typography.Link>
              }
            />
          )}
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 180 } }}
            items={[
              { key: 'stage', label: '环节', children: STAGE_LABELS[spec.stage] },
              { key: 'madeAt', label: '制作时间', children: formatChinaTime(record.madeAt) },
              { key: 'maker', label: '制作人', children: makerName(record.createdBy) },
            ]}
          />
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 180 } }}
            items={items}
          />
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={{ label: { width: 180 } }}
            items={[
              {
                key: 'signature',
                label: '当事人签字',
                children: signatureText(record.signature, spec.partySignature === 'required'),
              },
              ...(record.situations.length > 0
                ? [
                    {
                      key: 'situations',
                      label: '另需音像记录的情形',
                      children: record.situations.map((situation) => (
                        <Tag key={situation}>{AV_SITUATION_LABELS[situation]}</Tag>
                      )),
                    },
                  ]
                : []),
            ]}
          />
          <RecordAttachments
            key={record.id}
            detail={detail}
            recordId={record.id}
            open={open}
            canAttach={canAttach}
          />
          {!masked && (
            <RecordDocumentSection
              key={`document-${record.id}`}
              recordId={record.id}
              type={record.type}
              current={!newer}
              canWork={canIssue}
              documents={documents}
              partyNames={detail.case.parties.map((party) => party.name).join('、')}
              signerDefaults={{
                // An organisation signs by a person: its legal representative, most often.
                party: detail.case.parties
                  .map((party) =>
                    party.kind === 'organisation' ? party.legalRepresentative : party.name,
                  )
                  .join('、'),
                officers: detail.officers.map((officer) => officer.name).join('、'),
              }}
              onChanged={onDocumentsChanged}
            />
          )}
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12 }}
            data-testid="record-sealed-note"
          >
            已于 {formatChinaTime(record.recordedAt)}{' '}
            封存并记入留痕日志，内容不可修改；如有错误，请“更正”，系统生成新版本并保留本文书。记录编号{' '}
            {record.id}（文号在签发时取得）。
          </Typography.Text>
        </Flex>
      )}
    </Drawer>
  );
}
