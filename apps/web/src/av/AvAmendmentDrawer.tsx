import { Alert, App, Form, Input, Select, Switch } from 'antd';
import { useMemo, useState } from 'react';
import type { CaseDetail } from '../api/cases.ts';
import { useNestedFormErrors } from '../cases/form-problems.ts';
import { FormDrawer } from '../common/FormDrawer.tsx';
import { amendAvRecord, type AvRecordView } from './av-api.ts';
import { avParamLocator } from './av-form-errors.ts';
import {
  toInterruptionValues,
  toInterruptions,
  type InterruptionFormValue,
} from './av-form-values.ts';
import { InterruptionsField } from './InterruptionsField.tsx';
import { evidenceNotes, recordOptions } from './record-options.ts';

/** 补充中断说明 (000 第十四条) or 关联证据说明 (001 第七条, 003 第三十三条). */
export type AvAmendmentKind = 'interruptions' | 'evidence-note';

interface AmendmentValues {
  interruptions?: InterruptionFormValue[];
  usedAsEvidence?: boolean;
  evidenceNoteRecordId?: string;
  reason?: string;
}

const locateInterruptions = avParamLocator(['interruptions', 'reason']);
const locateEvidenceNote = avParamLocator(['usedAsEvidence', 'evidenceNoteRecordId', 'reason']);

const TEXTS = {
  interruptions: {
    title: '补充中断说明',
    intro:
      '补正中断情况：可补充中断原因说明、报告对象和时间、书面说明，或补记遗漏的中断。补正生成新版本，原登记信息保留并可查阅。',
    submit: '保存补正',
  },
  'evidence-note': {
    title: '关联证据说明',
    intro:
      '音像记录作为证据使用的，应附《作为证据使用的音像资料文字说明》（制作人、提取人、提取时间和地点、证明对象）。补正生成新版本，原登记信息保留。',
    submit: '保存关联',
  },
} as const;

/**
 * An amendment of an AV record's metadata with the reason for it; the recording itself is
 * never touched, and the server keeps every earlier version.
 */
export function AvAmendmentDrawer({
  open,
  kind,
  record,
  detail,
  onClose,
  onSaved,
}: {
  open: boolean;
  kind: AvAmendmentKind;
  record: AvRecordView;
  detail: CaseDetail;
  onClose: () => void;
  onSaved: (record: AvRecordView) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AmendmentValues>();
  const onError = useNestedFormErrors(
    form,
    kind === 'interruptions' ? locateInterruptions : locateEvidenceNote,
  );
  const [saving, setSaving] = useState(false);
  const notes = useMemo(() => evidenceNotes(detail), [detail]);
  const usedAsEvidence = Form.useWatch('usedAsEvidence', form) as boolean | undefined;
  const texts = TEXTS[kind];

  const onFinish = async (values: AmendmentValues) => {
    const reason = values.reason!.trim();
    setSaving(true);
    try {
      const saved = await amendAvRecord(
        record.id,
        kind === 'interruptions'
          ? { reason, interruptions: toInterruptions(values.interruptions) }
          : {
              reason,
              usedAsEvidence: values.usedAsEvidence ?? false,
              ...(values.usedAsEvidence && values.evidenceNoteRecordId
                ? { evidenceNoteRecordId: values.evidenceNoteRecordId }
                : {}),
            },
      );
      void message.success(`已保存补正：${saved.name}`);
      onSaved(saved);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title={texts.title}
      open={open}
      onClose={onClose}
      size={720}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel={texts.submit}
      submitTestId="av-amend-submit"
    >
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={texts.intro} />
      <Form<AmendmentValues>
        form={form}
        // Prefixes the inputs' ids, so each label names one control on the page.
        name="av-amend"
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        scrollToFirstError
        disabled={saving}
        initialValues={
          kind === 'interruptions'
            ? { interruptions: toInterruptionValues(record.interruptions) }
            : {
                usedAsEvidence: true,
                ...(record.evidenceNoteRecordId
                  ? { evidenceNoteRecordId: record.evidenceNoteRecordId }
                  : {}),
              }
        }
      >
        {kind === 'interruptions' ? (
          <InterruptionsField />
        ) : (
          <>
            {notes.length === 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="本案尚无《作为证据使用的音像资料文字说明》，请先在“文书”中制作，再回到这里关联。"
              />
            )}
            <Form.Item name="usedAsEvidence" label="作为证据使用" valuePropName="checked">
              <Switch
                checkedChildren="是"
                unCheckedChildren="否"
                aria-label="作为证据使用"
                data-testid="av-amend-used-as-evidence"
              />
            </Form.Item>
            {usedAsEvidence && (
              <Form.Item
                name="evidenceNoteRecordId"
                label="音像资料文字说明"
                rules={[{ required: true, message: '请选择本案的音像资料文字说明' }]}
              >
                <Select<string>
                  options={recordOptions(notes)}
                  placeholder={notes.length ? '请选择' : '本案尚无此类文书'}
                  data-testid="av-amend-evidence-note"
                />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item
          name="reason"
          label="补正理由"
          rules={[
            { required: true, whitespace: true, message: '请写明补正理由' },
            { min: 2, message: '请写明补正理由' },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={500}
            showCount
            data-testid="av-amend-reason"
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
