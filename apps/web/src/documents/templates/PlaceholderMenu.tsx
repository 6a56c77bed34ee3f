import { Card, Flex, Input, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import type { TemplateValue } from './templates-api.ts';

const GROUPS: readonly { source: TemplateValue['source']; title: string }[] = [
  { source: 'record', title: '本文书的字段' },
  { source: 'case', title: '案件、当事人与机关' },
];

/**
 * 可用字段: every value a template of the kind may print. A click puts `{{path}}` at the caret
 * of the text field being edited (the mouse-down does not take the focus from it), or copies
 * it when no field is. What the law or the catalogue requires is marked 必备.
 */
export function PlaceholderMenu({
  values,
  used,
  onPick,
}: {
  readonly values: readonly TemplateValue[];
  /** Paths the template prints now (by name, or within 当事人基本情况). */
  readonly used: ReadonlySet<string>;
  readonly onPick: (path: string) => void;
}) {
  const [filter, setFilter] = useState('');
  const shown = values.filter(
    (value) => filter === '' || value.label.includes(filter) || value.path.includes(filter),
  );
  return (
    <Card
      size="small"
      title="可用字段"
      styles={{ body: { padding: 8, maxHeight: 'calc(100vh - 260px)', overflowY: 'auto' } }}
      data-testid="template-placeholder-menu"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          先在段落中点击要插入的位置，再点击字段；未选中文本框时复制到剪贴板。
        </Typography.Text>
        <Input
          size="small"
          allowClear
          placeholder="查找字段"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
        />
        {GROUPS.map((group) => {
          const items = shown.filter((value) => value.source === group.source);
          if (items.length === 0) return null;
          return (
            <Flex vertical gap={2} key={group.source}>
              <Typography.Text strong style={{ fontSize: 12 }}>
                {group.title}
              </Typography.Text>
              {items.map((value) => (
                <Flex
                  key={value.path}
                  role="button"
                  tabIndex={-1}
                  justify="space-between"
                  align="center"
                  gap={4}
                  style={{ padding: '2px 6px', borderRadius: 4, cursor: 'pointer' }}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onPick(value.path)}
                  data-testid={`template-placeholder-${value.path}`}
                >
                  <Tooltip title={`{{${value.path}}}`} placement="left">
                    <span style={{ fontSize: 13 }}>{value.label}</span>
                  </Tooltip>
                  <span style={{ flex: 'none' }}>
                    {value.requiredBy !== null && (
                      <Tooltip title={`不能删去：${value.requiredBy}`}>
                        <Tag color={used.has(value.path) ? 'default' : 'orange'}>必备</Tag>
                      </Tooltip>
                    )}
                    {used.has(value.path) && <Tag color="green">已用</Tag>}
                  </span>
                </Flex>
              ))}
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
