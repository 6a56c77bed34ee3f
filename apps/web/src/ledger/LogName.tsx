import { Flex, Tooltip, Typography } from 'antd';
import { describeLog, MONOSPACE } from './ledger-format.ts';

/** 平台日志, or 执法机关日志 with the agency id shortened (full log id on hover and to copy). */
export function LogName({ logId }: { logId: string }) {
  const { kind, shortId } = describeLog(logId);
  return (
    <Flex align="baseline" gap={8} wrap>
      <Typography.Text>{kind}</Typography.Text>
      {shortId && (
        <Typography.Text
          type="secondary"
          copyable={{ text: logId, tooltips: ['复制日志标识', '已复制'] }}
          style={{ fontFamily: MONOSPACE, fontSize: 12 }}
        >
          <Tooltip title={`日志标识：${logId}`}>
            <span>{shortId}</span>
          </Tooltip>
        </Typography.Text>
      )}
    </Flex>
  );
}
