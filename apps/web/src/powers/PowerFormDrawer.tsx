import { Button, Col, Divider, Form, Input, Row, Select, Table, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useState } from 'react';
import type { ApiError } from '../api/problem.ts';
import { FormDrawer } from '../common/FormDrawer.tsx';
import { useNestedFormErrors } from '../cases/form-problems.ts';
import {
  CATEGORY_OPTIONS,
  PENALTY_KIND_OPTIONS,
  powerBodyOf,
  powerFormValuesOf,
  yuanFieldProblem,
  type PowerFormValues,
} from './power-form.ts';
import { createPower, revisePower, type PowerVersion } from './powers-api.ts';

const yuanRule = {
  validator: (_: unknown, value: string | undefined) => {
    const problem = yuanFieldProblem(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};

/** `levels.0.fineMax` → the sub-table's cell; every other name is the field itself. */
const locate = (parts: string[]) => parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/**
 * 新增 or 修改 a 权责清单事项. Amounts are typed in 元 and checked with the server's own parser
 * before sending; the server's cross-field refusals land on their fields, the levels' in the
 * sub-table's cells.
 */
export function PowerFormDrawer({
  agencyId,
  editing,
  open,
  onClose,
  onSaved,
}: {
  agencyId: string;
  /** The current version when editing; null to add a new power. */
  editing: PowerVersion | null;
  open: boolean;
  onClose: () => void;
  onSaved: (saved: PowerVersion) => void;
}) {
  const [form] = Form.useForm<PowerFormValues>();
  const onError = useNestedFormErrors(form, locate);
  const [saving, setSaving] = useState(false);
  const category = Form.useWatch('category', form);

  const onFinish = async (values: PowerFormValues) => {
    setSaving(true);
    try {
      const body = powerBodyOf(values);
      const note = values.note?.trim();
      const saved =
        editing === null
          ? await createPower(agencyId, body)
          : await revisePower(agencyId, editing.id, {
              ...body,
              expectedVersion: editing.version,
              ...(note ? { note } : {}),
            });
      onSaved(saved);
    } catch (error) {
      onError(error as ApiError);
    } finally {
      setSaving(false);
    }
  };

  const initialValues: Partial<PowerFormValues> =
    editing === null
      ? { category: 'penalty', penaltyKinds: [], levels: [] }
      : powerFormValuesOf(editing);

  return (
    <FormDrawer
      title={
        editing === null
          ? '新增权责清单事项'
          : `修改：${editing.name}（现为第 ${editing.version} 版）`
      }
      open={open}
      onClose={onClose}
      size={880}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel={editing === null ? '新增' : '保存为新版本'}
      submitTestId="power-submit"
    >
      <Form<PowerFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        disabled={saving}
        initialValues={initialValues}
        data-testid="power-form"
      >
        <Row gutter={12}>
          <Col span={6}>
            <Form.Item name="code" label="事项编码" tooltip="本机关权责清单的编码，可不填">
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="name"
              label="事项名称"
              rules={[{ required: true, whitespace: true, message: '请填写事项名称' }]}
            >
              <Input
                maxLength={200}
                placeholder="如：对擅自占用城市道路摆摊设点的处罚"
                data-testid="power-name"
              />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="category" label="类别" rules={[{ required: true }]}>
              <Select options={CATEGORY_OPTIONS} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="provisionViolated"
          label="违法依据"
          rules={[
            { required: category === 'penalty', whitespace: true, message: '请填写违法依据' },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder="如：《城市市容和环境卫生管理条例》第十四条"
            data-testid="power-provision-violated"
          />
        </Form.Item>
        <Form.Item
          name="provisionApplied"
          label={category === 'penalty' ? '处罚依据' : '实施依据'}
          rules={[{ required: true, whitespace: true, message: '请填写依据' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            placeholder="如：《城市市容和环境卫生管理条例》第三十六条"
            data-testid="power-provision-applied"
          />
        </Form.Item>
        {category === 'penalty' && (
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item
                name="penaltyKinds"
                label="处罚种类（行政处罚法第九条）"
                rules={[{ required: true, message: '请选择至少一种处罚种类' }]}
              >
                <Select mode="multiple" options={PENALTY_KIND_OPTIONS} data-testid="power-kinds" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="fineMin" label="法定罚款下限（元）" rules={[yuanRule]}>
                <Input placeholder="不填为不限" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="fineMax" label="法定罚款上限（元）" rules={[yuanRule]}>
                <Input placeholder="不填为不限" data-testid="power-fine-max" />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Divider titlePlacement="start" plain>
          裁量基准
        </Divider>
        <Form.List name="levels">
          {(fields, { add, remove }) => (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                dataSource={fields}
                locale={{ emptyText: '未设裁量档次' }}
                columns={[
                  {
                    title: '档次',
                    width: 100,
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'label']}
                        noStyle={false}
                        style={{ margin: 0 }}
                        rules={[{ required: true, whitespace: true, message: '请填写' }]}
                      >
                        <Input
                          maxLength={20}
                          placeholder="一般"
                          data-testid={`power-level-${field.name}-label`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '适用情形',
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'circumstances']}
                        style={{ margin: 0 }}
                        rules={[{ required: true, whitespace: true, message: '请填写' }]}
                      >
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 3 }}
                          data-testid={`power-level-${field.name}-circumstances`}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '罚款下限（元）',
                    width: 120,
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'fineMin']}
                        style={{ margin: 0 }}
                        rules={[yuanRule]}
                      >
                        <Input data-testid={`power-level-${field.name}-fine-min`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '罚款上限（元）',
                    width: 120,
                    render: (_, field) => (
                      <Form.Item
                        name={[field.name, 'fineMax']}
                        style={{ margin: 0 }}
                        rules={[yuanRule]}
                      >
                        <Input data-testid={`power-level-${field.name}-fine-max`} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '其他处理',
                    width: 160,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'otherMeasures']} style={{ margin: 0 }}>
                        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: '',
                    width: 40,
                    render: (_, field) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label="删除该档"
                      />
                    ),
                  },
                ]}
              />
              <Button
                type="dashed"
                block
                icon={<PlusOutlined />}
                style={{ marginTop: 8 }}
                onClick={() => add({ label: '', circumstances: '' })}
                data-testid="power-add-level"
              >
                增加裁量档次
              </Button>
            </>
          )}
        </Form.List>
        {editing !== null && (
          <Form.Item name="note" label="修改说明" style={{ marginTop: 16 }}>
            <Input maxLength={500} placeholder="如：条例修订，罚款上限调整" />
          </Form.Item>
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          保存后为新版本；已选用旧版本的案件仍按其选用时的版本，不受影响。
        </Typography.Paragraph>
      </Form>
    </FormDrawer>
  );
}
