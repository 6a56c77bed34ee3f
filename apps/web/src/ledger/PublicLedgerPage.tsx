import { useCallback, useState } from 'react';
import { Page } from '../common/Page.tsx';
import { CheckpointHistoryDrawer } from './CheckpointHistoryDrawer.tsx';
import { ConsistencyCard } from './ConsistencyCard.tsx';
import { KeysCard } from './KeysCard.tsx';
import { listLedgerKeys, listLedgerLogs, type LedgerLog } from './ledger-api.ts';
import { platformFirst } from './ledger-format.ts';
import { LedgerIntro } from './LedgerIntro.tsx';
import { LogsCard } from './LogsCard.tsx';
import { useLoad } from './use-load.ts';

const NONE: readonly never[] = [];

async function listLogsPlatformFirst(): Promise<LedgerLog[]> {
  return platformFirst(await listLedgerLogs());
}

/**
 * 公开留痕检查点: the latest signed checkpoint of every log, their history, the signing
 * keys and consistency proofs. Open to anyone; it shows hashes only.
 */
export function PublicLedgerPage() {
  const logs = useLoad(listLogsPlatformFirst);
  const keys = useLoad(listLedgerKeys);
  // Kept while the drawer closes, so its content does not change during the animation.
  const [history, setHistory] = useState<{ open: boolean; log: LedgerLog | null }>({
    open: false,
    log: null,
  });
  const onHistory = useCallback((log: LedgerLog) => setHistory({ open: true, log }), []);

  return (
    <Page
      title="公开留痕检查点"
      description="无需登录即可查看和下载，供法院、监督机关和公众留存、核验。"
    >
      <LedgerIntro />
      <LogsCard
        logs={logs.data ?? NONE}
        loading={logs.loading}
        onReload={logs.reload}
        onHistory={onHistory}
      />
      <KeysCard keys={keys.data ?? NONE} loading={keys.loading} />
      {/* Mounted once the logs are known, so the form starts on the first log. */}
      {logs.data && <ConsistencyCard logs={logs.data} />}
      <CheckpointHistoryDrawer
        open={history.open}
        log={history.log}
        onClose={() => setHistory((prev) => ({ ...prev, open: false }))}
      />
    </Page>
  );
}
