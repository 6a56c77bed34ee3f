import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Table,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { FormDrawer } from '../common/FormDrawer.tsx';
import { useNestedFormErrors } from '../cases/form-problems.ts';
import { fineRangeText, PENALTY_KIND_LABELS, yuanFieldProblem } from '../powers/power-form.ts';
import type { PowerVersion } from '../powers/powers-api.ts';
import { saveCaseFacts, type CaseFacts } from './case-facts-api.ts';
import {
  amountInWords,
  chosenPowers,
  factsBodyOf,
  factsFormValuesOf,
  FINE_PAYMENT_DAYS,
  locateFactsParam,
  penaltyKindHasAmount,
  powerFor,
  type FactsFormValues,
} from './facts-form.ts';

const yuanRule = {
  validator: (_: unknown, value: string | undefined) => {
    const problem = yuanFieldProblem(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};

/** The chosen power's 裁量基准, so the officer sees the ranges while he fills the amounts. */
function LevelsOf({ power }: { power: PowerVersion }) {
  return (
    <Card size="small" type="inner" style={{ marginBottom: 12 }}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="违法依据">{power.provisionViolated || '—'}</Descriptions.Item>
        <Descriptions.Item label="处罚依据">{power.provisionApplied}</Descriptions.Item>
        <Descriptions.Item label="处罚种类">
          {power.penaltyKinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="法定罚款幅度">
          {fineRangeText(power.fineMin, power.fineMax)}
        </Descriptions.Item>
      </Descriptions>
      {power.levels.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey="label"
          dataSource={power.levels}
          data-testid="facts-power-levels"
          columns={[
            { title: '裁量档次', dataIndex: 'label', width: 90 },
            { title: '适用情形', dataIndex: 'circumstances' },
            {
              title: '罚款幅度',
              width: 170,
              render: (_, level) => fineRangeText(level.fineMin, level.fineMax),
            },
            {
              title: '其他处理',
              dataIndex: 'otherMeasures',
              render: (text: string | null) => text ?? '—',
            },
          ]}
        />
      )}
    </Card>
  );
}

function AmountWords({ index }: { index: number }) {
  const amount = Form.useWatch(['penalties', index, 'amount']) as string | undefined;
  const words = amountInWords(amount);
  return words === null ? null : (
    <Typography.Text type="secondary" data-testid="facts-amount-words">
      大写：{words}
    </Typography.Text>
  );
}

/**
 * 编辑案件事实: 违法事实, 证据, the violations chosen from the 权责清单 (each showing its legal
 * basis and 裁量基准), the penalties the chosen powers allow, 履行期限 and the reasons for
 * mitigation. The server checks everything again; its refusals land on their fields.
 */
export function CaseFactsDrawer({
  caseId,
  facts,
  powers,
  open,
  onClose,
  onSaved,
}: {
  caseId: string;
  facts: CaseFacts | null;
  /** The agency's powers as listed now (withdrawn ones included, offered only if chosen). */
  powers: readonly PowerVersion[];
  open: boolean;
  onClose: () => void;
  onSaved: (saved: CaseFacts) => void;
}) {
  const [form] = Form.useForm<FactsFormValues>();
  const onError = useNestedFormErrors(form, locateFactsParam);
  const [saving, setSaving] = useState(false);
  const chosen = useMemo(() => chosenPowers(facts), [facts]);
  const resolve = (powerId: string | undefined) => powerFor(powerId, chosen, powers);
  const violations = (Form.useWatch('violations', form) ?? []) as FactsFormValues['violations'];
  const penalties = (Form.useWatch('penalties', form) ?? []) as FactsFormValues['penalties'];

  const options = useMemo(
    () =>
      powers
        .filter((power) => !power.withdrawn || chosen.has(power.id))
        .map((power) => ({
          value: power.id,
          label: `${power.code ? `${power.code} ` : ''}${power.name}`,
        })),
    [powers, chosen],
  );
  const allowedKinds = [
    ...new Set((violations ?? []).flatMap((v) => resolve(v?.powerId)?.penaltyKinds ?? [])),
  ];
  const fines = (penalties ?? []).some((p) => p?.kind === 'fine');

  const onFinish = async (values: FactsFormValues) => {
    setSaving(true);
    try {
      onSaved(
        await saveCaseFacts(caseId, factsBodyOf(values, facts?.current?.version ?? 0, resolve)),
      );
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title={facts?.current ? `编辑案件事实（现为第 ${facts.current.version} 版）` : '填写案件事实'}
      open={open}
      onClose={onClose}
      size={900}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel="保存为新版本"
      submitTestId="facts-submit"
    >
      <Form<FactsFormValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        disabled={saving}
        initialValues={factsFormValuesOf(facts)}
        data-testid="facts-form"
      >
        {powers.length === 0 && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title="本机关权责清单尚无事项，请先请本机关负责人或系统管理员在“权责清单”中添加。"
          />
        )}
        <Form.Item
          name="facts"
          label="违法事实"
          rules={[{ required: true, whitespace: true, message: '请填写违法事实' }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={5000}
            showCount
            data-testid="facts-text"
          />
        </Form.Item>
        <Form.Item name="evidence" label="证据" extra="每行一项，如：现场检查笔录、现场照片三张">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} data-testid="facts-evidence" />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          违法行为与法律依据
        </Divider>
        <Form.List name="violations">
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => {
                const power = resolve(violations?.[field.name]?.powerId);
                return (
                  <Card
                    key={field.key}
                    size="small"
                    style={{ marginBottom: 12 }}
                    title={`违法行为 ${field.name + 1}`}
                    extra={
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label="删除该项"
                      />
                    }
                  >
                    <Form.Item
                      name={[field.name, 'powerId']}
                      label="权责清单事项"
                      rules={[{ required: true, message: '请从权责清单中选择事项' }]}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        options={options}
                        placeholder="输入编码或名称查找"
                        data-testid="facts-power-select"
                      />
                    </Form.Item>
                    {power && <LevelsOf power={power} />}
                    <Form.Item
                      name={[field.name, 'conduct']}
                      label="违法行为（文书中的表述）"
                      rules={[{ required: true, whitespace: true, message: '请填写违法行为' }]}
                    >
                      <Input maxLength={500} data-testid="facts-conduct" />
                    </Form.Item>
                    <Row gutter={12}>
                      <Col span={8}>
                        <Form.Item name={[field.name, 'discretionLevel']} label="裁量档次">
                          <Select
                            allowClear
                            data-testid="facts-level-select"
                            disabled={!power || power.levels.length === 0}
                            options={(power?.levels ?? []).map((level) => ({
                              value: level.label,
                              label: `${level.label}（${fineRangeText(level.fineMin, level.fineMax)}）`,
                            }))}
                          />
                        </Form.Item>
                      </Col>
                      <Col span={16}>
                        <Form.Item
                          name={[field.name, 'discretionReason']}
                          label="裁量理由"
                          extra="罚款不在所选档次幅度内时必须说明"
                        >
                          <Input.TextArea
                            autoSize={{ minRows: 1, maxRows: 4 }}
                            maxLength={1000}
                            data-testid="facts-reason"
                          />
                        </Form.Item>
                      </Col>
                    </Row>
                  </Card>
                );
              })}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
                增加违法行为
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
        <Divider titlePlacement="start" plain>
          处罚内容
        </Divider>
        <Form.List name="penalties">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => {
                const kind = penalties?.[field.name]?.kind;
                return (
                  <Row key={field.key} gutter={12} align="top">
                    <Col span={7}>
                      <Form.Item
                        name={[field.name, 'kind']}
                        label={field.name === 0 ? '处罚种类' : undefined}
                        rules={[{ required: true, message: '请选择处罚种类' }]}
                      >
                        <Select
                          options={allowedKinds.map((value) => ({
                            value,
                            label: PENALTY_KIND_LABELS[value],
                          }))}
                          notFoundContent="请先选择权责清单事项"
                          data-testid="facts-penalty-kind"
                        />
                      </Form.Item>
                    </Col>
                    <Col span={7}>
                      <Form.Item
                        name={[field.name, 'amount']}
                        label={field.name === 0 ? '金额（元）' : undefined}
                        rules={[
                          yuanRule,
                          {
                            required: kind !== undefined && penaltyKindHasAmount(kind),
                            message: '请填写金额',
                          },
                        ]}
                        extra={<AmountWords index={field.name} />}
                      >
                        <Input
                          disabled={kind === undefined || !penaltyKindHasAmount(kind)}
                          data-testid="facts-penalty-amount"
                        />
                      </Form.Item>
                    </Col>
                    <Col span={9}>
                      <Form.Item
                        name={[field.name, 'description']}
                        label={field.name === 0 ? '说明（没收物品、期限等）' : undefined}
                      >
                        <Input maxLength={500} />
                      </Form.Item>
                    </Col>
                    <Col span={1}>
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                        aria-label="删除该项"
                        style={{ marginTop: field.name === 0 ? 30 : 0 }}
                      />
                    </Col>
                  </Row>
                );
              })}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
                增加处罚内容
              </Button>
            </>
          )}
        </Form.List>
        <Row gutter={12} style={{ marginTop: 16 }}>
          <Col span={8}>
            <Form.Item
              name="performanceDays"
              label="履行期限（日）"
              extra={fines ? `不填按行政处罚法第六十七条为 ${FINE_PAYMENT_DAYS} 日` : undefined}
            >
              <InputNumber min={1} max={365} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="mitigation" label="从轻、减轻或不予处罚的理由">
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
