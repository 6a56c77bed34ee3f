import { Alert, Typography } from 'antd';

const VERIFY_COMMAND = 'liuhen ledger verify --published <文件>';

/** What a checkpoint is and why to keep one, for readers outside the agency. */
export function LedgerIntro() {
  return (
    <Alert
      type="info"
      showIcon
      title="每一次执法行为和查阅都记入只增不改的默克尔树日志（RFC 9162）。"
      description={
        <>
          有新记录时，系统每秒签署一次检查点，载明日志的条目数和根哈希；检查点、公钥和证明只含哈希值，不含执法记录内容。
          请下载并保存检查点，日后可用它证明记录未被篡改：
          <Typography.Text
            code
            copyable={{ text: VERIFY_COMMAND, tooltips: ['复制命令', '已复制'] }}
          >
            {VERIFY_COMMAND}
          </Typography.Text>
        </>
      }
    />
  );
}
