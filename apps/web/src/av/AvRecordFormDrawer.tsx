import {
  AV_KINDS,
  AV_KIND_LABELS,
  AWAY_REASONS,
  AWAY_REASON_LABELS,
  type AvSituation,
  type AwayReason,
} from '@liuhen/domain';
import {
  Alert,
  App,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Skeleton,
  Switch,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import type { CaseDetail } from '../api/cases.ts';
import { useReportError } from '../api/use-report-error.ts';
import { caseForConditions } from '../cases/case-facts.ts';
import { chinaWallClock, toChinaInstant } from '../cases/china-time.ts';
import { useNestedFormErrors } from '../cases/form-problems.ts';
import { FormDrawer } from '../common/FormDrawer.tsx';
import { HashText } from '../ledger/HashText.tsx';
import {
  createAvRecord,
  getEvidenceObject,
  type AvKind,
  type AvRecordView,
  type EvidenceObjectView,
} from './av-api.ts';
import { locateAvRecordParam } from './av-form-errors.ts';
import {
  capturePrefill,
  contentOfSituation,
  mergeSituations,
  situationsOfRecord,
  toInterruptions,
  type InterruptionFormValue,
} from './av-form-values.ts';
import { formatBytes, formatMediaDuration } from './av-format.ts';
import { kindOfMediaType } from './av-labels.ts';
import { caseProfile, situationOptions } from './av-profile.ts';
import { InterruptionsField } from './InterruptionsField.tsx';
import { currentRecords, evidenceNotes, recordOptions } from './record-options.ts';

interface AvFormValues {
  kind?: AvKind;
  situations?: AvSituation[];
  recordId?: string;
  content?: string;
  deviceSerial?: string;
  recordingStartedAt?: Dayjs;
  recordingEndedAt?: Dayjs;
  returnedToUnitAt?: Dayjs | null;
  awayReason?: AwayReason | null;
  place?: string;
  personsPresent?: string[];
  announcementMade?: boolean;
  interruptions?: InterruptionFormValue[];
  usedAsEvidence?: boolean;
  evidenceNoteRecordId?: string;
}

const TIME_PICKER = {
  showTime: { format: 'HH:mm:ss' },
  format: 'YYYY-MM-DD HH:mm:ss',
  placeholder: '选择日期和时间（北京时间）',
  style: { width: '100%' },
} as const;

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The stored file the record is made for: what the officer checks before registering. */
function EvidenceSummary({ object }: { object: EvidenceObjectView }) {
  const media = object.media;
  const picture = media?.width && media.height ? `${media.width}×${media.height}` : undefined;
  const codecs = [media?.videoCodec, media?.audioCodec].filter(Boolean).join(' / ');
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      style={{ marginBottom: 16 }}
      data-testid="av-form-evidence"
      items={[
        { key: 'name', label: '文件', span: 2, children: object.originalName },
        { key: 'size', label: '大小', children: formatBytes(object.sizeBytes) },
        {
          key: 'duration',
          label: '时长',
          children: formatMediaDuration(media?.durationSeconds),
        },
        {
          key: 'format',
          label: '格式',
          span: 2,
          children: [object.mediaType, codecs, picture].filter(Boolean).join('，'),
        },
        {
          key: 'sha256',
          label: 'SHA-256',
          span: 2,
          children: <HashText value={object.sha256} visible={24} />,
        },
      ]}
    />
  );
}

/** What is already known of a file brought in by the collection station (ISO instants). */
export interface AvRecordPrefill {
  readonly recordingStartedAt?: string;
  readonly recordingEndedAt?: string;
  readonly deviceSerial?: string;
}

/**
 * 登记音像记录: the metadata of one stored file (004 音像记录事项清单, 000 第十四条): what it
 * shows, which text record it accompanies, when and where it was made, who was there, the
 * spoken announcement, interruptions, and whether it is used as evidence. The server names
 * it by the 004 standard and seals it.
 */
export function AvRecordFormDrawer({
  open,
  evidenceObjectId,
  detail,
  prefill,
  onClose,
  onSaved,
}: {
  open: boolean;
  evidenceObjectId: string | null;
  detail: CaseDetail;
  /** Capture times and camera of an imported file; they win over what the file says. */
  prefill?: AvRecordPrefill | undefined;
  onClose: () => void;
  onSaved: (record: AvRecordView) => void;
}) {
  const { message } = App.useApp();
  const report = useReportError();
  const [form] = Form.useForm<AvFormValues>();
  const onError = useNestedFormErrors(form, locateAvRecordParam);
  const [saving, setSaving] = useState(false);
  const [object, setObject] = useState<EvidenceObjectView | null>(null);
  const usedAsEvidence = Form.useWatch('usedAsEvidence', form) as boolean | undefined;

  const profile = caseProfile(detail);
  const records = useMemo(() => currentRecords(detail), [detail]);
  const notes = useMemo(() => evidenceNotes(detail), [detail]);
  const enforcementCase = useMemo(() => caseForConditions(detail.case), [detail.case]);
  const officerNames = useMemo(
    () => detail.officers.map((officer) => ({ value: officer.name, label: officer.name })),
    [detail.officers],
  );

  // The file's facts prefill the kind and the capture times.
  useEffect(() => {
    if (!open || !evidenceObjectId) return;
    let cancelled = false;
    getEvidenceObject(evidenceObjectId).then(
      (loaded) => {
        if (cancelled) return;
        setObject(loaded);
        const capture = capturePrefill(loaded.media);
        form.setFieldsValue({
          kind: kindOfMediaType(loaded.mediaType),
          ...(form.getFieldValue('recordingStartedAt') ? {} : capture),
        });
      },
      (error: unknown) => !cancelled && report(error),
    );
    return () => {
      cancelled = true;
    };
  }, [open, evidenceObjectId, form, report]);

  // Linking a text record brings the situations it is evidence of, and a 记录内容.
  const onRecordChange = (recordId: string | undefined) => {
    const record = records.find((candidate) => candidate.id === recordId);
    if (!record) return;
    const implied = situationsOfRecord(record, enforcementCase);
    const situations = mergeSituations(form.getFieldValue('situations') as AvSituation[], implied);
    const content = (form.getFieldValue('content') as string | undefined)?.trim();
    form.setFieldsValue({
      situations,
      ...(!content && implied[0] ? { content: contentOfSituation(implied[0]) } : {}),
    });
  };

  const onSituationsChange = (situations: AvSituation[]) => {
    const content = (form.getFieldValue('content') as string | undefined)?.trim();
    if (!content && situations[0]) form.setFieldValue('content', contentOfSituation(situations[0]));
  };

  const onFinish = async (values: AvFormValues) => {
    if (!evidenceObjectId) return;
    const deviceSerial = text(values.deviceSerial);
    setSaving(true);
    try {
      const saved = await createAvRecord(detail.case.id, {
        evidenceObjectId,
        kind: values.kind!,
        situations: values.situations ?? [],
        ...(values.recordId ? { recordId: values.recordId } : {}),
        content: values.content!.trim(),
        ...(deviceSerial ? { deviceSerial } : {}),
        recordingStartedAt: toChinaInstant(values.recordingStartedAt!),
        recordingEndedAt: toChinaInstant(values.recordingEndedAt!),
        ...(values.returnedToUnitAt
          ? { returnedToUnitAt: toChinaInstant(values.returnedToUnitAt) }
          : {}),
        ...(values.awayReason ? { awayReason: values.awayReason } : {}),
        place: values.place!.trim(),
        personsPresent: (values.personsPresent ?? []).map((name) => name.trim()).filter(Boolean),
        announcementMade: values.announcementMade!,
        interruptions: toInterruptions(values.interruptions),
        usedAsEvidence: values.usedAsEvidence ?? false,
        ...(values.usedAsEvidence && values.evidenceNoteRecordId
          ? { evidenceNoteRecordId: values.evidenceNoteRecordId }
          : {}),
      });
      void message.success(`已登记音像记录：${saved.name}`);
      onSaved(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title="登记音像记录"
      open={open}
      onClose={onClose}
      size={720}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel="登记并封存"
      submitTestId="av-form-submit"
    >
      {object ? <EvidenceSummary object={object} /> : <Skeleton active paragraph={{ rows: 2 }} />}
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="登记后，系统按“案件名称+日期+序号+承办人+记录内容”生成标准名称，信息记入留痕日志；原始文件不可修改。登记信息有误或需补充的，只能补正（保留原版本）。"
      />
      <Form<AvFormValues>
        form={form}
        // Prefixes the inputs' ids, so each label names one control on the page.
        name="av-record"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        scrollToFirstError
        disabled={saving}
        initialValues={{
          situations: [],
          personsPresent: [],
          interruptions: [],
          usedAsEvidence: false,
          ...(prefill?.recordingStartedAt
            ? { recordingStartedAt: chinaWallClock(prefill.recordingStartedAt) }
            : {}),
          ...(prefill?.recordingEndedAt
            ? { recordingEndedAt: chinaWallClock(prefill.recordingEndedAt) }
            : {}),
          ...(prefill?.deviceSerial ? { deviceSerial: prefill.deviceSerial } : {}),
        }}
      >
        <Row gutter={12}>
          <Col span={10}>
            <Form.Item
              name="kind"
              label="记录类型"
              rules={[{ required: true, message: '请选择记录类型' }]}
            >
              <Select<AvKind>
                options={AV_KINDS.map((kind) => ({ value: kind, label: AV_KIND_LABELS[kind] }))}
                placeholder="请选择"
                data-testid="av-form-kind"
              />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item
              name="recordId"
              label="对应的文字记录"
              extra="该音像记录所配合的文书，如询问笔录、现场检查笔录、送达回证。"
            >
              <Select<string>
                options={recordOptions(records)}
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                placeholder={records.length ? '请选择（可不选）' : '本案尚无文书'}
                onChange={onRecordChange}
                data-testid="av-form-record"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="situations"
          label="记录的执法情形"
          rules={[{ required: true, type: 'array', min: 1, message: '请至少选择一项执法情形' }]}
          extra="据此检查本制度要求音像记录的执法活动是否均已记录。"
        >
          <Select<AvSituation[]>
            mode="multiple"
            options={situationOptions(profile)}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择"
            onChange={onSituationsChange}
            data-testid="av-form-situations"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col span={14}>
            <Form.Item
              name="content"
              label="记录内容"
              rules={[{ required: true, whitespace: true, message: '请填写记录内容' }]}
              extra="用于标准名称，如：询问、现场检查、留置送达。"
            >
              <Input maxLength={40} data-testid="av-form-content" />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="deviceSerial" label="执法记录仪编号">
              <Input maxLength={100} placeholder="设备序列号" data-testid="av-form-device" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="recordingStartedAt"
              label="开始录制时间"
              rules={[{ required: true, message: '请填写开始录制时间' }]}
            >
              <DatePicker {...TIME_PICKER} data-testid="av-form-started" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="recordingEndedAt"
              label="结束录制时间"
              dependencies={['recordingStartedAt']}
              rules={[
                { required: true, message: '请填写结束录制时间' },
                ({ getFieldValue }) => ({
                  validator: (_, value: Dayjs | undefined) => {
                    const start = getFieldValue('recordingStartedAt') as Dayjs | undefined;
                    return value && start && value.isBefore(start)
                      ? Promise.reject(new Error('结束时间不能早于开始时间'))
                      : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker {...TIME_PICKER} data-testid="av-form-ended" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="awayReason"
              label="未能及时存储的原因"
              extra="连续工作、异地执法或在偏远、交通不便地区执法的，存储期限自返回单位时起算。"
            >
              <Select<AwayReason>
                allowClear
                options={AWAY_REASONS.map((value) => ({
                  value,
                  label: AWAY_REASON_LABELS[value],
                }))}
                placeholder="无（按录制完成时起算）"
                data-testid="av-form-away-reason"
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="returnedToUnitAt"
              label="返回单位时间"
              dependencies={['awayReason']}
              rules={[
                ({ getFieldValue }) => ({
                  required: Boolean(getFieldValue('awayReason')),
                  message: '请填写返回单位时间',
                }),
              ]}
            >
              <DatePicker {...TIME_PICKER} data-testid="av-form-returned" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="place"
          label="录制地点"
          rules={[{ required: true, whitespace: true, message: '请填写录制地点' }]}
        >
          <Input maxLength={200} data-testid="av-form-place" />
        </Form.Item>
        <Form.Item
          name="personsPresent"
          label="在场人员"
          extra="执法人员、当事人、见证人等；可从本案执法人员中选择，或输入姓名后按回车。"
        >
          <Select<string[]>
            mode="tags"
            options={officerNames}
            tokenSeparators={[',', '，', '、']}
            placeholder="输入姓名后按回车，可填多人"
            data-testid="av-form-persons"
          />
        </Form.Item>
        <Form.Item
          name="announcementMade"
          label="开始录制时是否告知"
          rules={[{ required: true, message: '请选择是否已告知' }]}
          extra="开始录制时，是否告知当事人时间、地点、执法人员、事由和正在录音录像。"
        >
          <Radio.Group
            options={[
              { value: true, label: '已告知' },
              { value: false, label: '未告知' },
            ]}
            data-testid="av-form-announcement"
          />
        </Form.Item>
        <InterruptionsField />
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="usedAsEvidence" label="作为证据使用" valuePropName="checked">
              <Switch
                checkedChildren="是"
                unCheckedChildren="否"
                aria-label="作为证据使用"
                data-testid="av-form-used-as-evidence"
              />
            </Form.Item>
          </Col>
          {usedAsEvidence && (
            <Col span={16}>
              <Form.Item
                name="evidenceNoteRecordId"
                label="音像资料文字说明"
                extra={
                  notes.length
                    ? '作为证据使用的，应附文字说明（制作人、提取人、提取时间和地点、证明对象）。'
                    : '本案尚无《作为证据使用的音像资料文字说明》，可先登记，制作后再“关联证据说明”。'
                }
              >
                <Select<string>
                  options={recordOptions(notes)}
                  allowClear
                  placeholder="请选择"
                  data-testid="av-form-evidence-note"
                />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Form>
    </FormDrawer>
  );
}
