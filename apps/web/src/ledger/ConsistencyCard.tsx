import { Button, Card, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/problem.ts';
import { useReportError } from '../api/use-report-error.ts';
import { ConsistencyResult, type ConsistencyOutcome } from './ConsistencyResult.tsx';
import { getConsistencyProof, type LedgerLog } from './ledger-api.ts';
import { logTitle } from './ledger-format.ts';

interface ConsistencyValues {
  logId?: string;
  from?: number | null;
  to?: number | null;
}

function initialValues(logs: readonly LedgerLog[]): ConsistencyValues {
  const first = logs.find((log) => log.latestCheckpoint);
  return { logId: first?.logId, to: first?.latestCheckpoint?.treeSize };
}

/**
 * 一致性证明: the hashes that show the log at `from` entries is a prefix of the log at `to`
 * entries. The sizes are checked by the server (its 422 is shown as it is).
 */
export function ConsistencyCard({ logs }: { logs: readonly LedgerLog[] }) {
  const [form] = Form.useForm<ConsistencyValues>();
  const report = useReportError();
  const [initial] = useState(() => initialValues(logs));
  const [outcome, setOutcome] = useState<ConsistencyOutcome | null>(null);
  const [loading, setLoading] = useState(false);
  const selected = Form.useWatch('logId', form);
  const latestSize = logs.find((log) => log.logId === selected)?.latestCheckpoint?.treeSize;

  const onValuesChange = (changed: ConsistencyValues) => {
    setOutcome(null);
    if ('logId' in changed) {
      const log = logs.find((candidate) => candidate.logId === changed.logId);
      form.setFieldValue('to', log?.latestCheckpoint?.treeSize ?? null);
    }
  };

  const onFinish = async ({ logId, from, to }: ConsistencyValues) => {
    if (!logId || from == null || to == null) return;
    setLoading(true);
    try {
      setOutcome({ kind: 'proof', proof: await getConsistencyProof(logId, from, to) });
    } catch (error) {
      if (error instanceof ApiError) setOutcome({ kind: 'problem', problem: error.problem });
      else report(error);
    } finally {
      setLoading(false);
    }
  };

  const options = logs.map((log) => ({
    value: log.logId,
    label: logTitle(log.logId),
    disabled: !log.latestCheckpoint,
  }));

  return (
    <Card title="一致性证明">
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">
          输入两个树大小（例如您保存的检查点的条目数和最新条目数），取得证明较早的日志原样包含在较晚的日志中、其间只有追加的哈希列表。
        </Typography.Text>
        <Form<ConsistencyValues>
          form={form}
          layout="inline"
          initialValues={initial}
          onValuesChange={onValuesChange}
          onFinish={onFinish}
          requiredMark={false}
          style={{ rowGap: 12 }}
        >
          <Form.Item label="日志" name="logId" rules={[{ required: true, message: '请选择日志' }]}>
            <Select
              options={options}
              placeholder="请选择日志"
              style={{ width: 240 }}
              data-testid="consistency-log"
            />
          </Form.Item>
          <Form.Item
            label="起始树大小"
            name="from"
            rules={[{ required: true, message: '请输入起始树大小' }]}
          >
            <InputNumber
              min={1}
              precision={0}
              placeholder="如 1"
              style={{ width: 130 }}
              data-testid="consistency-from"
            />
          </Form.Item>
          <Form.Item
            label="结束树大小"
            name="to"
            rules={[{ required: true, message: '请输入结束树大小' }]}
            tooltip={latestSize ? `不超过该日志最新检查点的条目数 ${latestSize}` : undefined}
          >
            <InputNumber
              min={1}
              precision={0}
              placeholder={latestSize ? `≤ ${latestSize}` : undefined}
              style={{ width: 130 }}
              data-testid="consistency-to"
            />
          </Form.Item>
          <Form.Item>
            <Button
              type="primary"
              htmlType="submit"
              loading={loading}
              data-testid="consistency-submit"
            >
              获取证明
            </Button>
          </Form.Item>
        </Form>
        {outcome && <ConsistencyResult outcome={outcome} />}
      </Flex>
    </Card>
  );
}
