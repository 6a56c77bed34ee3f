import { Col, Form, Row, Select } from 'antd';
import type { AgencyOfficer } from '../api/cases.ts';
import type { Department } from '../api/types.ts';

function officerLabel(officer: AgencyOfficer): string {
  return officer.certificateNumber
    ? `${officer.displayName}（执法证号 ${officer.certificateNumber}）`
    : `${officer.displayName}（未登记执法证件编号）`;
}

/**
 * 执法人员: one 承办人 and at least one 协办人 from the agency's officers, each shown with
 * the certificate number that will be written on the case (行政处罚法 第四十二条: at least
 * two officers with certificates). An officer without a number cannot be chosen.
 */
export function OfficersField({
  officers,
  departments,
  loading,
}: {
  officers: AgencyOfficer[];
  departments: Department[];
  loading: boolean;
}) {
  const form = Form.useFormInstance();
  const handlerId = Form.useWatch('handlerId', form) as string | undefined;
  const departmentName = new Map(departments.map((department) => [department.id, department.name]));
  const options = (exclude: string | undefined) =>
    officers
      .filter((officer) => officer.id !== exclude)
      .map((officer) => ({
        value: officer.id,
        label: officerLabel(officer),
        title: officer.departmentId ? departmentName.get(officer.departmentId) : undefined,
        disabled: !officer.certificateNumber,
      }));
  const notFound = loading ? '正在加载…' : '本机关尚无在岗的执法人员，请联系系统管理员添加';

  return (
    <Row gutter={16}>
      <Col xs={24} md={10}>
        <Form.Item
          label="承办人"
          name="handlerId"
          rules={[{ required: true, message: '请指定一名承办人' }]}
          extra="对案件负主要责任的执法人员。"
        >
          <Select<string>
            options={options(undefined)}
            loading={loading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择承办人"
            notFoundContent={notFound}
            data-testid="case-handler"
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={14}>
        <Form.Item
          label="协办人"
          name="assistingIds"
          dependencies={['handlerId']}
          rules={[
            { required: true, type: 'array', min: 1, message: '请至少指定一名协办人' },
            ({ getFieldValue }) => ({
              validator: async (_, value: string[] | undefined) => {
                if ((value ?? []).includes(getFieldValue('handlerId') as string)) {
                  throw new Error('承办人不能同时作为协办人');
                }
              },
            }),
          ]}
          extra="执法人员不得少于两人（《行政处罚法》第四十二条）。"
        >
          <Select<string[]>
            mode="multiple"
            options={options(handlerId)}
            loading={loading}
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="请选择协办人，可多选"
            notFoundContent={notFound}
            data-testid="case-assisting"
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
