import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  SIGNATURE_ROLE_LABELS,
  type SignatureRole,
  type TemplateBlock,
  type TemplateFieldRow,
} from '@liuhen/domain';
import { Button, Checkbox, Flex, Input, Select, Switch, Typography } from 'antd';
import { TemplateTextField, type OnTarget } from './TemplateTextField.tsx';
import type { TemplateValue } from './templates-api.ts';

const ROLE_OPTIONS = Object.entries(SIGNATURE_ROLE_LABELS).map(([value, label]) => ({
  value: value as SignatureRole,
  label: label.replace('（签名）', ''),
}));

const ALIGN_OPTIONS = [
  { value: 'left', label: '左对齐' },
  { value: 'center', label: '居中' },
  { value: 'right', label: '右对齐' },
];

/** The record's fields of one kind (text for 问答, list for 清单), as select options. */
export function fieldOptions(values: readonly TemplateValue[], kind: 'text' | 'list') {
  return values
    .filter((value) => value.source === 'record' && value.fieldKind === kind)
    .map((value) => ({ value: value.path, label: value.label }));
}

interface BodyProps {
  readonly blockKey: string;
  readonly block: TemplateBlock;
  readonly values: readonly TemplateValue[];
  /** Fields of the block the server named (`text`, `rows.1.value`, `path`). */
  readonly invalidFields: ReadonlySet<string>;
  readonly onChange: (block: TemplateBlock) => void;
  readonly onTarget: OnTarget;
}

/** What a block holds, edited in place; its text fields take place-holders from the menu. */
export function TemplateBlockBody({
  blockKey,
  block,
  values,
  invalidFields,
  onChange,
  onTarget,
}: BodyProps) {
  const invalid = (field: string) =>
    [...invalidFields].some((name) => name === field || name.startsWith(`${field}.`));
  switch (block.type) {
    case 'paragraph':
      return (
        <>
          <TemplateTextField
            multiline
            blockKey={blockKey}
            field="text"
            value={block.text}
            invalid={invalid('text')}
            placeholder="段落文字，可插入 {{字段}}"
            onChange={(text) => onChange({ ...block, text })}
            onTarget={onTarget}
            testId="template-paragraph-text"
          />
          <Flex gap={16} align="center">
            <Flex gap={6} align="center">
              <Switch
                size="small"
                checked={block.indent ?? false}
                onChange={(indent) => onChange({ ...block, indent })}
              />
              <Typography.Text style={{ fontSize: 12 }}>首行缩进</Typography.Text>
            </Flex>
            <Select
              size="small"
              style={{ width: 96 }}
              value={block.align ?? 'left'}
              options={ALIGN_OPTIONS}
              onChange={(align: 'left' | 'center' | 'right') => onChange({ ...block, align })}
            />
          </Flex>
        </>
      );
    case 'heading':
      return (
        <TemplateTextField
          blockKey={blockKey}
          field="text"
          value={block.text}
          invalid={invalid('text')}
          placeholder="小标题，如：检查（勘验）情况"
          onChange={(text) => onChange({ ...block, text })}
          onTarget={onTarget}
          testId="template-heading-text"
        />
      );
    case 'fields':
      return <FieldRows blockKey={blockKey} block={block} {...{ invalid, onChange, onTarget }} />;
    case 'record_fields':
      return (
        <Typography.Text type="secondary">
          本文书其余各项（自动列出）：本记录中其他段落未引用的字段，按目录顺序逐项列出。
        </Typography.Text>
      );
    case 'dialogue':
    case 'list_table': {
      const options = fieldOptions(values, block.type === 'dialogue' ? 'text' : 'list');
      return (
        <Flex gap={8} align="center" wrap>
          <Typography.Text style={{ fontSize: 12 }}>
            {block.type === 'dialogue' ? '问答内容取自' : '清单取自'}
          </Typography.Text>
          <Select
            size="small"
            style={{ minWidth: 200 }}
            status={invalid('path') ? 'error' : undefined}
            value={block.path}
            options={options}
            onChange={(path: string) => onChange({ ...block, path })}
            data-testid="template-block-path"
          />
          {block.type === 'list_table' && (
            <>
              <Typography.Text style={{ fontSize: 12 }}>列名</Typography.Text>
              {([0, 1] as const).map((at) => (
                <Input
                  key={at}
                  size="small"
                  style={{ width: 110 }}
                  value={block.columns[at]}
                  status={invalid('columns') ? 'error' : undefined}
                  onChange={(event) => {
                    const columns: [string, string] = [...block.columns];
                    columns[at] = event.target.value;
                    onChange({ ...block, columns });
                  }}
                />
              ))}
            </>
          )}
        </Flex>
      );
    }
    case 'signatures':
      return (
        <Select
          mode="multiple"
          size="small"
          value={[...block.roles]}
          options={ROLE_OPTIONS}
          status={invalid('roles') ? 'error' : undefined}
          placeholder="选择签名的人"
          onChange={(roles: SignatureRole[]) => onChange({ ...block, roles })}
          data-testid="template-signature-roles"
        />
      );
  }
}

function FieldRows({
  blockKey,
  block,
  invalid,
  onChange,
  onTarget,
}: {
  readonly blockKey: string;
  readonly block: Extract<TemplateBlock, { type: 'fields' }>;
  readonly invalid: (field: string) => boolean;
  readonly onChange: (block: TemplateBlock) => void;
  readonly onTarget: OnTarget;
}) {
  const setRow = (index: number, row: TemplateFieldRow) =>
    onChange({ ...block, rows: block.rows.map((each, at) => (at === index ? row : each)) });
  return (
    <Flex vertical gap={4}>
      {block.rows.map((row, index) => (
        // Rows have no identity of their own; their place is their key while edited.
        <Flex key={index} gap={6} align="center">
          <div style={{ width: 150, flex: 'none' }}>
            <TemplateTextField
              blockKey={blockKey}
              field={`rows.${index}.label`}
              value={row.label}
              invalid={invalid(`rows.${index}.label`)}
              placeholder="项目"
              onChange={(label) => setRow(index, { ...row, label })}
              onTarget={onTarget}
            />
          </div>
          <div style={{ flex: 1 }}>
            <TemplateTextField
              blockKey={blockKey}
              field={`rows.${index}.value`}
              value={row.value}
              invalid={invalid(`rows.${index}.value`)}
              placeholder="内容，如 {{case.number}}"
              onChange={(value) => setRow(index, { ...row, value })}
              onTarget={onTarget}
            />
          </div>
          <Checkbox
            checked={row.keepBlank ?? false}
            onChange={(event) => setRow(index, { ...row, keepBlank: event.target.checked })}
          >
            <span style={{ fontSize: 12, whiteSpace: 'nowrap' }}>空白也印</span>
          </Checkbox>
          <Button
            size="small"
            type="text"
            icon={<DeleteOutlined />}
            aria-label="删除此行"
            disabled={block.rows.length === 1}
            onClick={() => onChange({ ...block, rows: block.rows.filter((_, at) => at !== index) })}
          />
        </Flex>
      ))}
      <div>
        <Button
          size="small"
          type="dashed"
          icon={<PlusOutlined />}
          onClick={() => onChange({ ...block, rows: [...block.rows, { label: '', value: '' }] })}
          data-testid="template-fields-add-row"
        >
          添加一行
        </Button>
      </div>
    </Flex>
  );
}
