import { SUSPENSION_CAUSES, SUSPENSION_CAUSE_LABELS, type SuspensionCause } from '@liuhen/domain';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { extendDecisionPeriod, resumeDecisionPeriod, suspendDecisionPeriod } from '../api/cases.ts';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { chinaNow, formatChinaTime, formatDueBy, toChinaInstant } from './china-time.ts';
import type { DecisionPeriodView, PeriodAct } from './decision-period.ts';

interface Values {
  days?: number;
  cause?: SuspensionCause;
  reason?: string;
  at?: Dayjs;
}

const FIELDS = ['days', 'cause', 'reason', 'at'] as const;

const TEXTS: Record<PeriodAct, { title: string; intro: string; at: string; ok: string }> = {
  extend: {
    title: '延长办案期限',
    intro:
      '案情复杂等原因不能在期限内作出决定的，经行政机关负责人批准可以延长。延长由批准的负责人本人办理，记入留痕日志，不能撤销。',
    at: '批准时间',
    ok: '批准延长',
  },
  suspend: {
    title: '中止计算办案期限',
    intro:
      '检测、检验、检疫、鉴定，听证，公告等期间不计入作出处罚决定的期限。自中止之日起期限停止计算，直至记录恢复计算。',
    at: '中止时间',
    ok: '中止计算',
  },
  resume: {
    title: '恢复计算办案期限',
    intro: '鉴定、听证、公告等已经结束的，记录恢复计算的时间；自中止之日至恢复之日不计入期限。',
    at: '恢复时间',
    ok: '恢复计算',
  },
};

const TIME_PICKER = {
  showTime: { format: 'HH:mm' },
  format: 'YYYY-MM-DD HH:mm',
  style: { width: '100%' },
} as const;

/**
 * One act on the decision period: 延长 (days, reason; the agency head approving is the one
 * entering it), 中止 (cause, reason) or 恢复 — each at a time that defaults to now. The
 * server checks the time lies between the filing and now; its reasons land on the fields.
 */
export function DecisionPeriodModal({
  open,
  act,
  caseId,
  period,
  overdue,
  approverName,
  onClose,
  onSaved,
}: {
  open: boolean;
  act: PeriodAct;
  caseId: string;
  period: DecisionPeriodView;
  /** The period has run out: a change now is recorded but cannot cure the delay. */
  overdue: boolean;
  approverName: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const onError = useFormErrorHandler(form, { fields: FIELDS });
  const [saving, setSaving] = useState(false);
  const texts = TEXTS[act];
  const late = act !== 'resume' && overdue;

  const onFinish = async (values: Values) => {
    setSaving(true);
    const at = values.at ? { at: toChinaInstant(values.at) } : {};
    const reason = values.reason?.trim() ?? '';
    try {
      if (act === 'extend') {
        await extendDecisionPeriod(caseId, { days: values.days!, reason, ...at });
        void message.success(`已延长 ${values.days} 日，期限已重新计算`);
      } else if (act === 'suspend') {
        await suspendDecisionPeriod(caseId, { cause: values.cause!, reason, ...at });
        void message.success('已中止计算办案期限');
      } else {
        await resumeDecisionPeriod(caseId, at);
        void message.success('已恢复计算办案期限，期限已重新计算');
      }
      onSaved();
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={texts.title}
      onCancel={onClose}
      destroyOnHidden
      width={560}
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button
            type="primary"
            loading={saving}
            onClick={() => form.submit()}
            data-testid="decision-period-submit"
          >
            {texts.ok}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{texts.intro}</Typography.Text>
        <Typography.Text>
          现行期限：<Typography.Text strong>{formatDueBy(period.deadline)}</Typography.Text>
          {period.suspendedSince !== null &&
            `（自 ${formatChinaTime(period.suspendedSince)} 起中止，按今日恢复计算）`}
        </Typography.Text>
        {late && (
          <Alert
            type="warning"
            showIcon
            title="期限已经届满：现在延长或中止不能补救超期，仍会如实记录。"
          />
        )}
        <Form<Values>
          form={form}
          name={`decision-period-${act}`}
          layout="vertical"
          onFinish={onFinish}
          disabled={saving}
          preserve={false}
          initialValues={{ at: chinaNow(), ...(act === 'suspend' ? { cause: 'testing' } : {}) }}
        >
          {act === 'extend' && (
            <>
              <Form.Item label="批准人">
                <Typography.Text data-testid="decision-period-approver">
                  {approverName}（行政机关负责人）
                </Typography.Text>
              </Form.Item>
              <Form.Item
                name="days"
                label="延长天数"
                extra="自然日；保存后按节假日重新计算期限"
                rules={[{ required: true, message: '请填写延长的天数' }]}
              >
                <InputNumber<number>
                  min={1}
                  max={180}
                  precision={0}
                  suffix="日"
                  style={{ width: 160 }}
                  data-testid="decision-period-days"
                />
              </Form.Item>
            </>
          )}
          {act === 'suspend' && (
            <Form.Item
              name="cause"
              label="中止原因"
              rules={[{ required: true, message: '请选择中止原因' }]}
            >
              <Radio.Group data-testid="decision-period-cause">
                <Flex vertical gap={4}>
                  {SUSPENSION_CAUSES.map((cause) => (
                    <Radio key={cause} value={cause}>
                      {SUSPENSION_CAUSE_LABELS[cause]}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
          )}
          {act !== 'resume' && (
            <Form.Item
              name="reason"
              label={act === 'extend' ? '延长理由' : '中止情况说明'}
              rules={[
                { required: true, whitespace: true, message: '请写明理由' },
                { min: 2, message: '请写明理由（至少 2 个字）' },
              ]}
            >
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={500}
                showCount
                placeholder={
                  act === 'extend' ? '如：案情复杂，需补充调查取证' : '如：委托某司法鉴定所鉴定'
                }
                data-testid="decision-period-reason"
              />
            </Form.Item>
          )}
          <Form.Item
            name="at"
            label={texts.at}
            rules={[{ required: true, message: `请填写${texts.at}` }]}
          >
            <DatePicker {...TIME_PICKER} data-testid="decision-period-at" />
          </Form.Item>
        </Form>
      </Flex>
    </Modal>
  );
}
