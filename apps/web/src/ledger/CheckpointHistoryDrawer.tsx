import { Drawer } from 'antd';
import { CheckpointHistory } from './CheckpointHistory.tsx';
import type { LedgerLog } from './ledger-api.ts';
import { logTitle } from './ledger-format.ts';

/** 检查点历史 of one log; the list is read afresh each time the drawer opens. */
export function CheckpointHistoryDrawer({
  open,
  log,
  onClose,
}: {
  open: boolean;
  log: LedgerLog | null;
  onClose: () => void;
}) {
  return (
    <Drawer
      title={log ? `检查点历史 · ${logTitle(log.logId)}` : '检查点历史'}
      open={open}
      onClose={onClose}
      size={800}
      destroyOnHidden
    >
      {log && <CheckpointHistory log={log} />}
    </Drawer>
  );
}
