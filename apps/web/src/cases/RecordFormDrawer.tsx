import {
  AV_SITUATION_LABELS,
  AV_SITUATIONS,
  bindsAny,
  partySignatureBinds,
  REFUSAL_NOTE_CITATIONS,
  STAGE_LABELS,
  STAGES,
  recordTypeSpec,
  type AvSituation,
  type Confidentiality,
  type RecordTypeId,
} from '@liuhen/domain';
import {
  Alert,
  App,
  DatePicker,
  Divider,
  Flex,
  Form,
  Input,
  Radio,
  Select,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import {
  correctRecord,
  createRecord,
  type CaseDetail,
  type CaseRecordView,
  type SignatureInput,
} from '../api/cases.ts';
import { FormDrawer } from '../common/FormDrawer.tsx';
import {
  caseBinding,
  caseForConditions,
  outstandingRecordTypes,
  recordTypesAllowed,
} from './case-facts.ts';
import { CatalogueField } from './CatalogueField.tsx';
import { chinaNow, chinaWallClock, formatChinaTime, toChinaInstant } from './china-time.ts';
import { useNestedFormErrors, type ParamLocator } from './form-problems.ts';
import { CitationTag } from '../common/CitationTag.tsx';
import { profileCitationText } from './labels.ts';
import {
  CONFIDENTIALITY_OPTIONS,
  DEFAULT_CONFIDENTIALITY,
  confidentialityToSend,
} from './record-marks.ts';
import { toApiFields, toFormFields, type FormFields } from './record-values.ts';

export type RecordFormMode = { kind: 'create' } | { kind: 'correct'; record: CaseRecordView };

type SignatureKind = 'signed' | 'refused';

interface RecordFormValues {
  type?: RecordTypeId;
  madeAt?: Dayjs;
  fields?: FormFields;
  signatureKind?: SignatureKind;
  signers?: string[];
  refusalNote?: string;
  signatureAt?: Dayjs;
  situations?: AvSituation[];
  confidentiality?: Confidentiality;
  reason?: string;
}

const locate: ParamLocator = ([head, sub]) => {
  switch (head) {
    case 'fields':
      return sub === undefined ? undefined : ['fields', sub];
    case 'type':
    case 'madeAt':
    case 'reason':
    case 'confidentiality':
      return [head];
    case 'situations':
      return ['situations'];
    case 'signature':
      if (sub === 'note') return ['refusalNote'];
      if (sub === 'signers') return ['signers'];
      if (sub === 'at') return ['signatureAt'];
      return ['signatureKind'];
    default:
      return undefined;
  }
};

function initialValues(mode: RecordFormMode): RecordFormValues {
  if (mode.kind === 'create') {
    return { madeAt: chinaNow(), situations: [], confidentiality: DEFAULT_CONFIDENTIALITY };
  }
  const { record } = mode;
  const spec = recordTypeSpec(record.type);
  const signature = record.signature;
  return {
    type: record.type,
    madeAt: chinaWallClock(record.madeAt),
    fields: toFormFields(spec.fields, record.fields),
    situations: record.situations,
    confidentiality: record.confidentiality ?? DEFAULT_CONFIDENTIALITY,
    ...(signature === null
      ? {}
      : signature.kind === 'signed'
        ? {
            signatureKind: 'signed' as const,
            signers: signature.signers,
            signatureAt: chinaWallClock(signature.at),
          }
        : {
            signatureKind: 'refused' as const,
            refusalNote: signature.note,
            signatureAt: chinaWallClock(signature.at),
          }),
  };
}

function signatureOf(values: RecordFormValues): SignatureInput | undefined {
  if (!values.signatureKind || !values.signatureAt) return undefined;
  const at = toChinaInstant(values.signatureAt);
  return values.signatureKind === 'signed'
    ? { kind: 'signed', signers: (values.signers ?? []).map((s) => s.trim()).filter(Boolean), at }
    : { kind: 'refused', note: values.refusalNote ?? '', at };
}

/** 当事人签字 or 拒绝签字, for records that directly affect the party (003 第十六条). */
function SignatureFields({ required, noteRequired }: { required: boolean; noteRequired: boolean }) {
  const form = Form.useFormInstance();
  const kind = Form.useWatch('signatureKind', form) as SignatureKind | undefined;
  return (
    <>
      <Divider titlePlacement="start" plain style={{ marginTop: 8 }}>
        当事人签字
      </Divider>
      <Form.Item
        name="signatureKind"
        label="签字情况"
        rules={[{ required, message: '本文书须由当事人签字确认；拒绝签字的，请记录拒签情况' }]}
      >
        <Radio.Group
          options={[
            { value: 'signed', label: '当事人（有关人员）已签字' },
            { value: 'refused', label: '拒绝签字' },
          ]}
          data-testid="record-signature-kind"
        />
      </Form.Item>
      {kind === 'signed' && (
        <Form.Item
          name="signers"
          label="签字人"
          rules={[{ required: true, type: 'array', min: 1, message: '请填写签字人' }]}
        >
          <Select<string[]>
            mode="tags"
            open={false}
            tokenSeparators={[',', '，', '、']}
            placeholder="输入签字人姓名后按回车，可填多人"
            data-testid="record-signers"
          />
        </Form.Item>
      )}
      {kind === 'refused' && (
        <Form.Item
          name="refusalNote"
          label="拒签情况"
          rules={[
            { required: noteRequired, whitespace: true, message: '请记录当事人拒绝签字的具体情况' },
          ]}
          extra="写明拒签的经过和在场人员；拒绝签字的过程应同时以音像记录。"
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            data-testid="record-refusal-note"
          />
        </Form.Item>
      )}
      {kind && (
        <Form.Item
          name="signatureAt"
          label={kind === 'signed' ? '签字时间' : '拒签时间'}
          rules={[{ required: true, message: '请填写时间' }]}
        >
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="record-signature-at"
          />
        </Form.Item>
      )}
    </>
  );
}

/**
 * 制作文书 (a new record of a type the case may have now) or 更正 (a new version of one,
 * with the reason). The fields come from the record catalogue; the server seals the result.
 */
export function RecordFormDrawer({
  open,
  mode,
  detail,
  onClose,
  onSaved,
}: {
  open: boolean;
  mode: RecordFormMode;
  detail: CaseDetail;
  onClose: () => void;
  onSaved: (record: CaseRecordView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<RecordFormValues>();
  const onError = useNestedFormErrors(form, locate);
  const [saving, setSaving] = useState(false);
  const watchedType = Form.useWatch('type', form) as RecordTypeId | undefined;
  const type = mode.kind === 'correct' ? mode.record.type : watchedType;
  const spec = type ? recordTypeSpec(type) : undefined;
  const enforcementCase = useMemo(() => caseForConditions(detail.case), [detail.case]);
  const binding = useMemo(() => caseBinding(detail), [detail]);

  const typeOptions = useMemo(() => {
    const allowed = recordTypesAllowed(detail);
    const outstanding = outstandingRecordTypes(detail);
    return STAGES.map((stage) => ({
      label: STAGE_LABELS[stage],
      title: STAGE_LABELS[stage],
      options: allowed
        .filter((candidate) => candidate.stage === stage)
        .map((candidate) => ({
          value: candidate.id,
          label: outstanding.has(candidate.id)
            ? `${candidate.label}（应有，尚未制作）`
            : candidate.label,
        })),
    })).filter((group) => group.options.length > 0);
  }, [detail]);

  const onFinish = async (values: RecordFormValues) => {
    if (!spec) return;
    const signature = spec.partySignature === 'required' ? signatureOf(values) : undefined;
    const level = confidentialityToSend(
      values.confidentiality,
      mode.kind === 'correct' ? mode.record : undefined,
    );
    const content = {
      madeAt: toChinaInstant(values.madeAt!),
      fields: toApiFields(spec.fields, values.fields),
      situations: values.situations ?? [],
      ...(signature ? { signature } : {}),
      ...(level ? { confidentiality: level } : {}),
    };
    setSaving(true);
    try {
      const saved =
        mode.kind === 'correct'
          ? await correctRecord(mode.record.id, { ...content, reason: values.reason!.trim() })
          : await createRecord(detail.case.id, { ...content, type: spec.id });
      void message.success(
        mode.kind === 'correct'
          ? `已保存《${spec.label}》的更正版本，原文书保留`
          : `已制作并封存《${spec.label}》`,
      );
      onSaved(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  // One tag per article, though several fields may cite it.
  const citations = spec
    ? [...new Map(spec.citations.map((c) => [profileCitationText(c), c])).values()]
    : [];

  return (
    <FormDrawer
      title={mode.kind === 'correct' ? `更正《${spec?.label ?? ''}》` : '制作文书'}
      open={open}
      onClose={onClose}
      size={640}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel={mode.kind === 'correct' ? '保存更正版本' : '制作并封存'}
      submitTestId="record-submit"
    >
      <Form<RecordFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        scrollToFirstError
        disabled={saving}
        initialValues={initialValues(mode)}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            mode.kind === 'correct'
              ? '更正不会改动原文书：系统生成一个新版本，注明更正理由，并与原文书一并保存。'
              : '文书提交后即封存并记入留痕日志，不能修改；如有错误，只能更正（生成新版本，原文书保留）。'
          }
        />
        {mode.kind === 'create' ? (
          <Form.Item
            name="type"
            label="文书类型"
            rules={[{ required: true, message: '请选择文书类型' }]}
            extra="只列出案件已经到达的环节的文书。"
          >
            <Select<RecordTypeId>
              options={typeOptions}
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="请选择要制作的文书"
              data-testid="record-type"
            />
          </Form.Item>
        ) : (
          <Flex vertical gap={4} style={{ marginBottom: 16 }}>
            <Typography.Text strong>{spec?.label}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              更正的是制作于 {formatChinaTime(mode.record.madeAt)}{' '}
              的版本；请改正有误之处并写明理由。
            </Typography.Text>
          </Flex>
        )}
        {spec && (
          <>
            {citations.length > 0 && (
              <Flex gap={4} wrap align="center" style={{ marginTop: -8, marginBottom: 16 }}>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  依据：
                </Typography.Text>
                {citations.map((citation) => (
                  <CitationTag key={profileCitationText(citation)} citation={citation} />
                ))}
              </Flex>
            )}
            <Form.Item
              name="madeAt"
              label="制作时间"
              rules={[{ required: true, message: '请填写制作时间' }]}
              extra="北京时间。不能晚于当前时间。"
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                data-testid="record-made-at"
              />
            </Form.Item>
            {spec.fields.map((field) => (
              <CatalogueField
                key={`${spec.id}.${field.key}`}
                spec={field}
                type={spec.id}
                specs={spec.fields}
                enforcementCase={enforcementCase}
                binding={binding}
              />
            ))}
            {spec.partySignature === 'required' && (
              <SignatureFields
                required={partySignatureBinds(spec, binding)}
                noteRequired={bindsAny(REFUSAL_NOTE_CITATIONS, binding)}
              />
            )}
            <Form.Item
              name="situations"
              label="另需音像记录的情形"
              extra="除本类文书当然涉及的情形外，现场另外出现的情形（如当事人不配合、阻碍执法），据此检查是否已有相应音像记录。没有可不选。"
            >
              <Select<AvSituation[]>
                mode="multiple"
                options={AV_SITUATIONS.map((situation) => ({
                  value: situation,
                  label: AV_SITUATION_LABELS[situation],
                }))}
                showSearch={{ optionFilterProp: 'label' }}
                placeholder="可不选"
                data-testid="record-situations"
              />
            </Form.Item>
            <Form.Item
              name="confidentiality"
              label="密级"
              extra="含第三人隐私或商业秘密的笔录请标注，无需知悉的人员看到的是遮蔽后的内容。"
            >
              <Select<Confidentiality>
                options={CONFIDENTIALITY_OPTIONS}
                data-testid="record-confidentiality"
              />
            </Form.Item>
            {mode.kind === 'correct' && (
              <Form.Item
                name="reason"
                label="更正理由"
                rules={[
                  { required: true, whitespace: true, message: '请写明更正理由' },
                  { min: 2, message: '请写明更正理由' },
                ]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={500}
                  data-testid="record-correction-reason"
                />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </FormDrawer>
  );
}
