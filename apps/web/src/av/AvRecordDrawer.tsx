import {
  AV_KIND_LABELS,
  AV_SITUATION_LABELS,
  AWAY_REASON_LABELS,
  INTERRUPTION_REASON_LABELS,
  STAGE_LABELS,
  type Stage,
} from '@liuhen/domain';
import {
  Button,
  Descriptions,
  Drawer,
  Flex,
  Tag,
  Timeline,
  Typography,
  type DescriptionsProps,
} from 'antd';
import type { ReactNode } from 'react';
import { AccessNeeded } from '../access/AccessNeeded.tsx';
import type { MaterialAccess } from '../access/access-rules.ts';
import type { CaseDetail } from '../api/cases.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { FindingList } from '../cases/FindingList.tsx';
import { HashText } from '../ledger/HashText.tsx';
import type { AvRecordView, AvVersionView, InterruptionView } from './av-api.ts';
import { durationOf } from './av-columns.tsx';
import type { AvAmendmentKind } from './AvAmendmentDrawer.tsx';
import { AvDownloadButton } from './AvDownloadButton.tsx';
import { findingsOf } from './AvFindingTags.tsx';
import { formatBytes, formatMediaDuration } from './av-format.ts';
import { AvPlayer } from './AvPlayer.tsx';
import { recordById, recordLabel } from './record-options.ts';
import { storageDamageAct, type StorageDamageAct } from './storage-damage.ts';

const NONE = <Typography.Text type="secondary">（未填写）</Typography.Text>;
const LABEL_WIDTH = { label: { width: 150 } };

function orNone(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === '' ? NONE : value;
}

function InterruptionText({ interruption }: { interruption: InterruptionView }) {
  const lines = [
    interruption.note && `说明：${interruption.note}`,
    interruption.reportedTo &&
      `已报告 ${interruption.reportedTo}${interruption.reportedAt ? `（${formatChinaTime(interruption.reportedAt)}）` : ''}`,
    interruption.writtenExplanation && `书面说明：${interruption.writtenExplanation}`,
  ].filter(Boolean);
  return (
    <Flex vertical gap={2} data-testid="av-interruption-view">
      <span>
        <Tag>{INTERRUPTION_REASON_LABELS[interruption.reason]}</Tag>
        {formatChinaTime(interruption.from)} 中断，
        {interruption.resumedAt ? `${formatChinaTime(interruption.resumedAt)} 恢复` : '未恢复'}
      </span>
      {lines.map((line) => (
        <Typography.Text key={line as string} type="secondary" style={{ fontSize: 12 }}>
          {line}
        </Typography.Text>
      ))}
    </Flex>
  );
}

function newestFirst(versions: readonly AvVersionView[]): AvVersionView[] {
  return [...versions].sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt));
}

function fileFacts(record: AvRecordView): string {
  const media = record.evidenceObject.media;
  return [
    record.evidenceObject.mediaType,
    media?.formatName,
    [media?.videoCodec, media?.audioCodec].filter(Boolean).join(' / '),
    media?.width && media.height ? `${media.width}×${media.height}` : undefined,
  ]
    .filter(Boolean)
    .join('，');
}

/**
 * 音像记录详情: the player (after the reason), every item of its metadata, the stored
 * file with both digests, its versions with the reasons for each amendment, and the acts
 * 补充中断说明 and 关联证据说明. Without the right to watch it, 申请调阅 takes the player's
 * place (or the request waiting for approval is shown).
 */
export function AvRecordDrawer({
  open,
  record,
  detail,
  canAmend,
  access,
  canRequestAccess,
  onRequestAccess,
  onAmend,
  onDamage,
  onClose,
}: {
  open: boolean;
  record: AvRecordView | null;
  detail: CaseDetail;
  canAmend: boolean;
  /** May watch or copy this recording (by role or by a grant on it). */
  access: MaterialAccess;
  canRequestAccess: boolean;
  onRequestAccess: () => void;
  onAmend: (kind: AvAmendmentKind, record: AvRecordView) => void;
  /** 登记存储损坏 or 报告负责人 (000 第十六条). */
  onDamage: (act: StorageDamageAct, record: AvRecordView) => void;
  onClose: () => void;
}) {
  const linked = record ? recordById(detail, record.recordId) : undefined;
  const note = record ? recordById(detail, record.evidenceNoteRecordId) : undefined;
  const findings = record ? findingsOf(detail.findings, record.id) : [];
  const damageAct = record ? storageDamageAct(record) : undefined;

  const items: DescriptionsProps['items'] = record
    ? [
        { key: 'name', label: '标准名称', children: record.name },
        { key: 'kind', label: '记录类型', children: AV_KIND_LABELS[record.kind] },
        {
          key: 'stage',
          label: '环节',
          children: STAGE_LABELS[record.stage as Stage] ?? record.stage,
        },
        {
          key: 'situations',
          label: '执法情形',
          children: record.situations.map((situation) => (
            <Tag key={situation}>{AV_SITUATION_LABELS[situation]}</Tag>
          )),
        },
        { key: 'content', label: '记录内容', children: record.content },
        {
          key: 'record',
          label: '对应的文字记录',
          children: orNone(linked ? recordLabel(linked) : record.recordId),
        },
        { key: 'maker', label: '制作人', children: record.maker.name },
        { key: 'device', label: '执法记录仪编号', children: orNone(record.deviceSerial) },
        {
          key: 'time',
          label: '录制时间',
          children: `${formatChinaTime(record.recordingStartedAt)} 至 ${formatChinaTime(record.recordingEndedAt)}（${formatMediaDuration(durationOf(record))}）`,
        },
        {
          key: 'returned',
          label: '返回单位时间',
          children: orNone(record.returnedToUnitAt && formatChinaTime(record.returnedToUnitAt)),
        },
        {
          key: 'away',
          label: '未能及时存储的原因',
          children: orNone(record.awayReason && AWAY_REASON_LABELS[record.awayReason]),
        },
        { key: 'place', label: '录制地点', children: record.place },
        {
          key: 'persons',
          label: '在场人员',
          children: orNone(record.personsPresent.join('、')),
        },
        {
          key: 'announcement',
          label: '开始录制时告知',
          children: record.announcementMade ? (
            '已告知时间、地点、执法人员、事由和正在录音录像'
          ) : (
            <Typography.Text type="danger">未告知</Typography.Text>
          ),
        },
        {
          key: 'interruptions',
          label: '中断情况',
          children:
            record.interruptions.length === 0 ? (
              '无'
            ) : (
              <Flex vertical gap={8}>
                {record.interruptions.map((interruption, index) => (
                  <InterruptionText key={index} interruption={interruption} />
                ))}
              </Flex>
            ),
        },
        {
          key: 'storageDamage',
          label: '存储时发现损坏',
          children: record.storageDamage
            ? [
                `${formatChinaTime(record.storageDamage.foundAt)} 发现：${record.storageDamage.description}`,
                record.storageDamage.reportedAt
                  ? `${formatChinaTime(record.storageDamage.reportedAt)} 向${record.storageDamage.reportedTo ?? '负责人'}报告`
                  : '尚未登记报告',
                record.storageDamage.writtenNote
                  ? `书面说明：${record.storageDamage.writtenNote}`
                  : '书面说明尚未存档',
              ].join('；')
            : '无',
        },
        {
          key: 'evidence',
          label: '作为证据使用',
          children: record.usedAsEvidence
            ? `是；文字说明：${note ? recordLabel(note) : '尚未关联'}`
            : '否',
        },
      ]
    : [];

  const fileItems: DescriptionsProps['items'] = record
    ? [
        { key: 'original', label: '原始文件名', children: record.evidenceObject.originalName },
        { key: 'size', label: '大小', children: formatBytes(record.evidenceObject.sizeBytes) },
        { key: 'format', label: '格式', children: orNone(fileFacts(record)) },
        { key: 'stored', label: '入库时间', children: formatChinaTime(record.storedAt) },
        {
          key: 'sha256',
          label: 'SHA-256',
          children: (
            <HashText value={record.evidenceObject.sha256} visible={32} testId="av-detail-sha256" />
          ),
        },
        {
          key: 'sm3',
          label: 'SM3',
          children: <HashText value={record.evidenceObject.sm3} visible={32} />,
        },
      ]
    : [];

  return (
    <Drawer
      title="音像记录"
      open={open}
      onClose={onClose}
      size={760}
      footer={
        record &&
        canAmend && (
          <Flex justify="flex-end" gap={8} wrap>
            {damageAct === 'register' && (
              <Button onClick={() => onDamage('register', record)} data-testid="av-damage-register">
                登记存储损坏
              </Button>
            )}
            {damageAct === 'report' && (
              <Button
                type="primary"
                onClick={() => onDamage('report', record)}
                data-testid="av-damage-report"
              >
                报告负责人
              </Button>
            )}
            <Button
              onClick={() => onAmend('interruptions', record)}
              data-testid="av-amend-interruptions"
            >
              补充中断说明
            </Button>
            <Button
              onClick={() => onAmend('evidence-note', record)}
              data-testid="av-amend-evidence-note"
            >
              关联证据说明
            </Button>
          </Flex>
        )
      }
    >
      {record && (
        <Flex vertical gap={16} data-testid="av-drawer">
          <Flex vertical gap={8}>
            <Flex justify="space-between" align="center">
              <Typography.Text strong>{access.canView ? '播放' : '查看'}</Typography.Text>
              {access.canDownload && <AvDownloadButton record={record} />}
            </Flex>
            {access.canView ? (
              <AvPlayer key={record.id} record={record} />
            ) : (
              <AccessNeeded
                what={access.canDownload ? '在线查看本音像记录' : '查看、复制本音像记录'}
                pending={access.pending}
                canRequest={canRequestAccess}
                onRequest={onRequestAccess}
                testId="av-access"
              />
            )}
          </Flex>
          {findings.length > 0 && (
            <Flex vertical gap={8}>
              <Typography.Text strong>检查发现</Typography.Text>
              <FindingList findings={findings} showSeverity />
            </Flex>
          )}
          <Descriptions size="small" column={1} bordered styles={LABEL_WIDTH} items={items} />
          <Descriptions
            size="small"
            column={1}
            bordered
            styles={LABEL_WIDTH}
            title={<Typography.Text style={{ fontSize: 13 }}>存储的文件</Typography.Text>}
            items={fileItems}
          />
          <Flex vertical gap={8}>
            <Typography.Text strong>版本</Typography.Text>
            <Timeline
              data-testid="av-versions"
              items={newestFirst(record.versions).map((version) => ({
                key: version.versionId,
                color: version.versionId === record.versionId ? 'blue' : 'gray',
                content: (
                  <Flex vertical gap={2}>
                    <span>
                      {formatChinaTime(version.recordedAt)} {version.createdBy.name}
                      {version.amendmentReason ? ' 补正' : ' 登记'}
                      {version.versionId === record.versionId && (
                        <Tag style={{ marginInlineStart: 8 }}>现行版本</Tag>
                      )}
                    </span>
                    {version.amendmentReason && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        补正理由：{version.amendmentReason}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              }))}
            />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            原始文件存于专用存储，不可修改或删除；登记信息只能补正，每个版本均保留并记入留痕日志。编号{' '}
            {record.id}。
          </Typography.Text>
        </Flex>
      )}
    </Drawer>
  );
}
