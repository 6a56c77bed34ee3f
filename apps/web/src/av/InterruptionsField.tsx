import { INTERRUPTION_REASONS, INTERRUPTION_REASON_LABELS } from '@liuhen/domain';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';

const TIME_PICKER = {
  showTime: { format: 'HH:mm:ss' },
  format: 'YYYY-MM-DD HH:mm:ss',
  style: { width: '100%' },
} as const;

/**
 * 中断情况 (000 第十四条): each pause with its cause, when it began and resumed, the
 * explanation given on resuming; when it could not be resumed, to whom and when it was
 * reported and the written account made afterwards.
 */
export function InterruptionsField() {
  return (
    <Form.List name="interruptions">
      {(fields, { add, remove }) => (
        <Form.Item
          label="中断情况"
          extra="录制中断的，写明中断原因和起止时间；恢复录制时应语音说明中断原因。无法恢复的，写明向谁报告、报告时间，并作书面说明。没有中断可不填。"
        >
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 8 }}
              title={`第 ${index + 1} 次中断`}
              data-testid="av-interruption"
              extra={
                <Button
                  type="text"
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`删除第 ${index + 1} 次中断`}
                  onClick={() => remove(field.name)}
                />
              }
            >
              <Row gutter={12}>
                <Col span={8}>
                  <Form.Item
                    name={[field.name, 'reason']}
                    label="中断原因"
                    rules={[{ required: true, message: '请选择中断原因' }]}
                  >
                    <Select
                      options={INTERRUPTION_REASONS.map((reason) => ({
                        value: reason,
                        label: INTERRUPTION_REASON_LABELS[reason],
                      }))}
                      placeholder="请选择"
                      aria-label="中断原因"
                    />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item
                    name={[field.name, 'from']}
                    label="中断时间"
                    rules={[{ required: true, message: '请填写中断时间' }]}
                  >
                    <DatePicker {...TIME_PICKER} aria-label="中断时间" />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item
                    name={[field.name, 'resumedAt']}
                    label="恢复录制时间"
                    dependencies={[['interruptions', field.name, 'from']]}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: (_, value: Dayjs | null | undefined) => {
                          const from = getFieldValue(['interruptions', field.name, 'from']) as
                            Dayjs | undefined;
                          return value && from && value.isBefore(from)
                            ? Promise.reject(new Error('恢复时间不能早于中断时间'))
                            : Promise.resolve();
                        },
                      }),
                    ]}
                    extra="未能恢复的留空"
                  >
                    <DatePicker {...TIME_PICKER} aria-label="恢复录制时间" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name={[field.name, 'note']} label="中断原因说明">
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  maxLength={1000}
                  aria-label="中断原因说明"
                  placeholder="恢复录制时所作的语音说明"
                />
              </Form.Item>
              <Row gutter={12}>
                <Col span={12}>
                  <Form.Item name={[field.name, 'reportedTo']} label="报告对象">
                    <Input
                      maxLength={100}
                      aria-label="报告对象"
                      placeholder="如：大队负责人 张三"
                    />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name={[field.name, 'reportedAt']} label="报告时间">
                    <DatePicker {...TIME_PICKER} aria-label="报告时间" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item
                name={[field.name, 'writtenExplanation']}
                label="书面说明"
                style={{ marginBottom: 0 }}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 6 }}
                  maxLength={2000}
                  aria-label="书面说明"
                  placeholder="无法恢复录制的，事后所作的书面说明"
                />
              </Form.Item>
            </Card>
          ))}
          <Button
            type="dashed"
            block
            icon={<PlusOutlined />}
            onClick={() => add({ resumedAt: null, reportedAt: null })}
            data-testid="av-interruption-add"
          >
            添加中断记录
          </Button>
          {fields.length === 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              未记录中断
            </Typography.Text>
          )}
        </Form.Item>
      )}
    </Form.List>
  );
}
