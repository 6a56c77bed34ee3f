import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from '@ant-design/icons';
import type { TemplateBlock } from '@liuhen/domain';
import { Alert, Button, Card, Flex, Tooltip, Typography } from 'antd';
import { TemplateBlockBody } from './TemplateBlockBody.tsx';
import type { OnTarget } from './TemplateTextField.tsx';
import type { EditedBlock } from './template-editing.ts';
import type { TemplateValue } from './templates-api.ts';

export const BLOCK_LABELS: Readonly<Record<TemplateBlock['type'], string>> = {
  paragraph: '段落',
  heading: '小标题',
  fields: '表格项',
  record_fields: '其余各项',
  dialogue: '问答',
  list_table: '清单',
  signatures: '签名栏',
};

/** `rows.2.value` → 第3行: where in the block a problem is, as a clerk counts. */
function where(field: string): string {
  const row = /^rows\.(\d+)/.exec(field);
  return row === null ? '' : `第${Number(row[1]) + 1}行：`;
}

interface TemplateBlockCardProps {
  readonly entry: EditedBlock;
  readonly index: number;
  readonly count: number;
  readonly values: readonly TemplateValue[];
  readonly problems: readonly { field: string; reason: string }[];
  readonly editable: boolean;
  readonly onChange: (block: TemplateBlock) => void;
  readonly onMove: (delta: -1 | 1) => void;
  readonly onRemove: () => void;
  readonly onTarget: OnTarget;
}

/** One block of a template as a small card: what it is, its content, and 上移/下移/删除. */
export function TemplateBlockCard(props: TemplateBlockCardProps) {
  const { entry, index, count, problems, editable } = props;
  return (
    <Card
      size="small"
      data-testid={`template-block-${index}`}
      styles={{ header: { minHeight: 32 }, body: { padding: '8px 12px' } }}
      style={problems.length > 0 ? { borderColor: '#ff4d4f' } : undefined}
      title={
        <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
          {index + 1}. {BLOCK_LABELS[entry.block.type]}
        </Typography.Text>
      }
      extra={
        editable && (
          <Flex gap={2}>
            <Tooltip title="上移">
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => props.onMove(-1)}
                aria-label="上移"
                data-testid={`template-block-${index}-up`}
              />
            </Tooltip>
            <Tooltip title="下移">
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={index === count - 1}
                onClick={() => props.onMove(1)}
                aria-label="下移"
                data-testid={`template-block-${index}-down`}
              />
            </Tooltip>
            <Tooltip title="删除">
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={props.onRemove}
                aria-label="删除"
                data-testid={`template-block-${index}-remove`}
              />
            </Tooltip>
          </Flex>
        )
      }
    >
      <Flex vertical gap={6}>
        <TemplateBlockBody
          blockKey={entry.key}
          block={entry.block}
          values={props.values}
          invalidFields={new Set(problems.map((problem) => problem.field))}
          onChange={props.onChange}
          onTarget={props.onTarget}
        />
        {problems.length > 0 && (
          <Alert
            type="error"
            showIcon
            data-testid={`template-block-${index}-problems`}
            title={
              <Flex vertical>
                {problems.map((problem) => (
                  <span key={`${problem.field}:${problem.reason}`}>
                    {where(problem.field)}
                    {problem.reason}
                  </span>
                ))}
              </Flex>
            }
          />
        )}
      </Flex>
    </Card>
  );
}
