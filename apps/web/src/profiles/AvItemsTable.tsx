import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  AV_SITUATIONS,
  AV_SITUATION_LABELS,
  type AvSituation,
  type MandatoryAvItem,
  type ValueCitation,
} from '@liuhen/domain';
import { Button, Input, Select, Table, Typography } from 'antd';
import { CitationInput } from './CitationInput.tsx';

const SITUATION_OPTIONS = AV_SITUATIONS.map((value) => ({
  value,
  label: AV_SITUATION_LABELS[value],
}));

/**
 * 音像记录事项清单: each act that must be on audio-video, the article it comes from, and the
 * situations by which the platform recognises it on a record. An item without situations is
 * shown to officers but checked by no rule.
 */
export function AvItemsTable({
  items,
  onChange,
  sources,
  editable,
  defaultCitation,
}: {
  items: readonly MandatoryAvItem[];
  onChange: (next: MandatoryAvItem[]) => void;
  sources: readonly { value: string; label: string }[];
  editable: boolean;
  defaultCitation: ValueCitation;
}) {
  // Rows carry their position for the table; the saved item must not (the schema is strict).
  const replace = (index: number, row: MandatoryAvItem & { index?: number }) => {
    const { index: _position, ...item } = row;
    onChange(items.map((old, i) => (i === index ? item : old)));
  };
  const withSituations = (item: MandatoryAvItem, situations: AvSituation[]): MandatoryAvItem => {
    const { situations: _old, ...rest } = item;
    return situations.length === 0 ? rest : { ...rest, situations };
  };
  return (
    <>
      <Table<MandatoryAvItem & { index: number }>
        data-testid="av-items"
        size="small"
        pagination={false}
        rowKey="index"
        dataSource={items.map((item, index) => ({ ...item, index }))}
        onRow={(row) => ({ 'data-testid': `av-item-${row.index}` }) as never}
        columns={[
          {
            title: '事项',
            key: 'value',
            render: (_, row) =>
              editable ? (
                <Input.TextArea
                  data-testid={`av-item-value-${row.index}`}
                  autoSize
                  value={row.value}
                  onChange={(event) => replace(row.index, { ...row, value: event.target.value })}
                />
              ) : (
                row.value
              ),
          },
          {
            title: '依据',
            key: 'citation',
            width: 300,
            render: (_, row) => (
              <CitationInput
                testId={`av-item-citation-${row.index}`}
                value={row.citation}
                sources={sources}
                disabled={!editable}
                onChange={(citation) => replace(row.index, { ...row, citation })}
              />
            ),
          },
          {
            title: '系统识别的情形',
            key: 'situations',
            width: 300,
            render: (_, row) => (
              <Select
                data-testid={`av-item-situations-${row.index}`}
                mode="multiple"
                style={{ width: '100%' }}
                disabled={!editable}
                placeholder="不由系统检查"
                value={row.situations ?? []}
                options={SITUATION_OPTIONS}
                optionFilterProp="label"
                onChange={(situations: AvSituation[]) =>
                  replace(row.index, withSituations(row, situations))
                }
              />
            ),
          },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'remove',
                  width: 48,
                  render: (_: unknown, row: { index: number }) => (
                    <Button
                      aria-label="删除该事项"
                      data-testid={`av-item-remove-${row.index}`}
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => onChange(items.filter((_, i) => i !== row.index))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && (
        <Button
          data-testid="av-item-add"
          icon={<PlusOutlined />}
          style={{ marginTop: 8 }}
          onClick={() => onChange([...items, { value: '', citation: defaultCitation }])}
        >
          增加事项
        </Button>
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
        “系统识别的情形”决定平台在哪些文书上要求音像记录；未选择情形的事项仅向执法人员展示，不由系统检查。
      </Typography.Paragraph>
    </>
  );
}
