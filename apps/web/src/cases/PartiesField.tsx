import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  type FormRule,
} from 'antd';
import { ID_TYPE_OPTIONS, partyProblems, type PartyValues } from './party-form.ts';

const KIND_OPTIONS = [
  { value: 'natural_person', label: '自然人' },
  { value: 'organisation', label: '单位' },
];

/** A rule that shows what the domain's party schema says about this one field. */
function partyRule(index: number, field: keyof PartyValues): FormRule {
  return ({ getFieldValue }) => ({
    validator: async () => {
      const problem = partyProblems(getFieldValue(['parties', index]) as PartyValues).get(field);
      if (problem !== undefined) throw new Error(problem);
    },
  });
}

function PartyCard({ index, onRemove }: { index: number; onRemove: () => void }) {
  const form = Form.useFormInstance();
  const kind = Form.useWatch(['parties', index, 'kind'], form) as PartyValues['kind'] | undefined;
  const idType = Form.useWatch(['parties', index, 'idType'], form) as PartyValues['idType'];
  const testId = (field: string) => `party-${index}-${field}`;
  const item = (field: keyof PartyValues) => ({
    name: [index, field],
    rules: [partyRule(index, field)],
    // Re-check the number when its type changes, and a name when the kind does.
    dependencies: [
      ['parties', index, 'kind'],
      ['parties', index, 'idType'],
    ],
  });

  return (
    <Card
      size="small"
      title={`当事人 ${index + 1}`}
      extra={
        <Button
          type="text"
          size="small"
          icon={<DeleteOutlined />}
          onClick={onRemove}
          data-testid={testId('remove')}
        >
          移除
        </Button>
      }
      data-testid={`party-${index}`}
    >
      <Form.Item name={[index, 'kind']} label="类型" required>
        <Radio.Group options={KIND_OPTIONS} optionType="button" data-testid={testId('kind')} />
      </Form.Item>
      {kind === 'organisation' ? (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item {...item('name')} label="单位名称" required>
              <Input maxLength={200} data-testid={testId('name')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              {...item('creditCode')}
              label="统一社会信用代码"
              required
              extra="18 位，系统按 GB 32100 核对校验码。"
            >
              <Input maxLength={24} data-testid={testId('credit-code')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...item('legalRepresentative')} label="法定代表人（负责人）" required>
              <Input maxLength={100} data-testid={testId('legal-representative')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...item('phone')} label="联系电话">
              <Input maxLength={30} data-testid={testId('phone')} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item {...item('address')} label="地址" style={{ marginBottom: 0 }}>
              <Input maxLength={200} data-testid={testId('address')} />
            </Form.Item>
          </Col>
        </Row>
      ) : (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item {...item('name')} label="姓名" required>
              <Input maxLength={100} data-testid={testId('name')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="证件号码" required style={{ marginBottom: 0 }}>
              <Flex gap={8} align="flex-start">
                <Form.Item name={[index, 'idType']} noStyle>
                  <Select
                    options={[...ID_TYPE_OPTIONS]}
                    style={{ width: 120, flex: 'none' }}
                    aria-label="证件类型"
                    data-testid={testId('id-type')}
                  />
                </Form.Item>
                <Form.Item
                  {...item('idNumber')}
                  style={{ flex: 1 }}
                  extra={
                    (idType ?? 'resident') === 'resident'
                      ? '18 位，系统按 GB 11643 核对校验码。'
                      : '没有居民身份证的，填护照或其他证件号码。'
                  }
                >
                  <Input maxLength={40} data-testid={testId('id-number')} />
                </Form.Item>
              </Flex>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...item('phone')} label="联系电话">
              <Input maxLength={30} data-testid={testId('phone')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item {...item('address')} label="地址">
              <Input maxLength={200} data-testid={testId('address')} />
            </Form.Item>
          </Col>
        </Row>
      )}
    </Card>
  );
}

/** 当事人: any number of natural persons and organisations, each checked in the browser. */
export function PartiesField() {
  return (
    <Form.List name="parties">
      {(fields, { add, remove }) => (
        <Flex vertical gap={12}>
          {fields.length === 0 && (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description="尚未添加当事人。已知当事人的，请在此登记；身份证号码和统一社会信用代码会当场核对。"
              style={{ margin: 0 }}
            />
          )}
          {fields.map((field) => (
            <PartyCard key={field.key} index={field.name} onRemove={() => remove(field.name)} />
          ))}
          <Flex gap={8}>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'natural_person', idType: 'resident' })}
              data-testid="party-add-person"
            >
              添加自然人
            </Button>
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ kind: 'organisation' })}
              data-testid="party-add-organisation"
            >
              添加单位
            </Button>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
