import type { FieldBindingProfile, EnforcementCase, FieldSpec, RecordTypeId } from '@liuhen/domain';
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { ReactNode } from 'react';
import { choiceLabel, profileCitationText } from './labels.ts';
import {
  conditionFields,
  conditionText,
  requiredNow,
  toApiValue,
  type FormFields,
} from './record-values.ts';

/** The longest text the server keeps in one field. */
const TEXT_LIMIT = 20_000;

function inputFor(spec: FieldSpec): ReactNode {
  const testId = `record-field-${spec.key}`;
  switch (spec.kind) {
    case 'text':
      return (
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 10 }}
          maxLength={TEXT_LIMIT}
          data-testid={testId}
        />
      );
    case 'instant':
      return (
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          placeholder="选择日期和时间（北京时间）"
          style={{ width: '100%' }}
          data-testid={testId}
        />
      );
    case 'date':
      return <DatePicker placeholder="选择日期" style={{ width: '100%' }} data-testid={testId} />;
    case 'people':
      return (
        <Select<string[]>
          mode="tags"
          open={false}
          tokenSeparators={[',', '，', '、']}
          placeholder="输入姓名后按回车，可填多人"
          data-testid={testId}
        />
      );
    case 'list':
      return (
        <Select<string[]>
          mode="tags"
          open={false}
          tokenSeparators={['，', '、']}
          placeholder="逐项输入，每项后按回车"
          data-testid={testId}
        />
      );
    case 'boolean':
      return (
        <Radio.Group
          options={[
            { value: true, label: '是' },
            { value: false, label: '否' },
          ]}
          data-testid={testId}
        />
      );
    case 'choice':
      return (
        <Select<string>
          options={(spec.choices ?? []).map((choice) => ({
            value: choice,
            label: choiceLabel(choice),
          }))}
          allowClear
          placeholder="请选择"
          data-testid={testId}
        />
      );
  }
}

/**
 * One field of a record, generated from its catalogue entry: the input its kind needs, the
 * required mark from `required` or its `requiredWhen` evaluated against what the form holds
 * now and the case, and the articles that name it.
 */
export function CatalogueField({
  spec,
  type,
  specs,
  enforcementCase,
  binding,
}: {
  spec: FieldSpec;
  type: RecordTypeId;
  specs: readonly FieldSpec[];
  enforcementCase: EnforcementCase;
  /** What binds the agency: a field only another regulation names is not required. */
  binding: FieldBindingProfile;
}) {
  const form = Form.useFormInstance();
  const values = Form.useWatch('fields', form) as FormFields | undefined;
  const required = requiredNow(spec, type, specs, values, enforcementCase, binding);
  const citations = [...new Set(spec.citations.map(profileCitationText))];
  const condition = conditionText(spec.requiredWhen, specs, choiceLabel);

  return (
    <Form.Item
      name={['fields', spec.key]}
      label={spec.label}
      required={required}
      tooltip={citations.length > 0 ? `依据：${citations.join('；')}` : undefined}
      extra={condition}
      dependencies={conditionFields(spec.requiredWhen).map((key) => ['fields', key])}
      rules={[
        ({ getFieldValue }) => ({
          validator: async (_, value) => {
            const all = getFieldValue('fields') as FormFields | undefined;
            const needed = requiredNow(spec, type, specs, all, enforcementCase, binding);
            if (needed && toApiValue(spec, value) === undefined) {
              throw new Error(`请填写${spec.label}`);
            }
          },
        }),
      ]}
    >
      {inputFor(spec)}
    </Form.Item>
  );
}
