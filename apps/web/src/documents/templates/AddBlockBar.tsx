import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import type { TemplateBlock } from '@liuhen/domain';
import { Button, Dropdown, Flex } from 'antd';
import { fieldOptions } from './TemplateBlockBody.tsx';
import { newKey, type EditedBlock } from './template-editing.ts';
import type { TemplateValue } from './templates-api.ts';

/**
 * 添加段落/标题/表格项, and the rarer blocks in a menu: 问答 and 清单 only where the kind has a
 * text or a list field, 其余各项 once. A new block goes last; 上移 puts it in its place.
 */
export function AddBlockBar({
  values,
  hasRecordFields,
  onAdd,
}: {
  readonly values: readonly TemplateValue[];
  readonly hasRecordFields: boolean;
  readonly onAdd: (entry: EditedBlock) => void;
}) {
  const add = (block: TemplateBlock) => onAdd({ key: newKey(), block });
  const texts = fieldOptions(values, 'text');
  const lists = fieldOptions(values, 'list');
  const more = [
    {
      key: 'dialogue',
      label: '问答（询问内容按问/答排列）',
      disabled: texts.length === 0,
      onClick: () => add({ type: 'dialogue', path: texts[0]!.value }),
    },
    {
      key: 'list_table',
      label: '清单（列表字段编号成表）',
      disabled: lists.length === 0,
      onClick: () =>
        add({ type: 'list_table', path: lists[0]!.value, columns: ['序号', lists[0]!.label] }),
    },
    {
      key: 'signatures',
      label: '签名栏',
      onClick: () => add({ type: 'signatures', roles: ['party', 'officers'] }),
    },
    {
      key: 'record_fields',
      label: '本文书其余各项（自动列出）',
      disabled: hasRecordFields,
      onClick: () => add({ type: 'record_fields' }),
    },
  ];
  return (
    <Flex gap={8} wrap>
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => add({ type: 'paragraph', text: '', indent: true })}
        data-testid="template-add-paragraph"
      >
        添加段落
      </Button>
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => add({ type: 'heading', text: '' })}
        data-testid="template-add-heading"
      >
        添加小标题
      </Button>
      <Button
        size="small"
        icon={<PlusOutlined />}
        onClick={() => add({ type: 'fields', rows: [{ label: '', value: '' }] })}
        data-testid="template-add-fields"
      >
        添加表格项
      </Button>
      <Dropdown menu={{ items: more }} trigger={['click']}>
        <Button size="small" data-testid="template-add-more">
          更多 <DownOutlined />
        </Button>
      </Dropdown>
    </Flex>
  );
}
