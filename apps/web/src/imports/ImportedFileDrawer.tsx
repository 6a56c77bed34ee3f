import { Alert, Drawer, Flex, Result, Skeleton, Tabs, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useCurrentUser } from '../auth/session-context.ts';
import { casePath } from '../cases/paths.ts';
import { AssignToIncidentForm } from '../incidents/AssignToIncidentForm.tsx';
import { incidentPath } from '../incidents/paths.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { AssignToCaseForm } from './AssignToCaseForm.tsx';
import { DismissForm } from './DismissForm.tsx';
import { ImportFacts } from './ImportFacts.tsx';
import { ImportPlayer } from './ImportPlayer.tsx';
import { canPlaceImports, isOpenForPlacement } from './import-rules.ts';
import { ImportStatusTags } from './ImportStatusTags.tsx';
import type { ImportedFileDetail, ImportedFileView } from './imports-api.ts';
import { PlacementHistory } from './PlacementHistory.tsx';
import { useImportedFile } from './use-imported-file.ts';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Flex vertical gap={8}>
      <Typography.Text strong>{title}</Typography.Text>
      {children}
    </Flex>
  );
}

/** Where the file is now and why: the case it is on, or what the clerk has to do. */
function WhereItIs({ file }: { file: ImportedFileDetail }) {
  const onCase = file.case && (
    <AppLink to={casePath(file.case.id)} testId="import-case-link">
      {file.case.caseNumber} {file.case.name}
    </AppLink>
  );
  const onIncident = file.incident && (
    <AppLink to={incidentPath(file.incident.id)} testId="import-incident-link">
      {file.incident.name}
    </AppLink>
  );
  const next =
    file.status === 'matched'
      ? '请在案件页“音像记录”的“待登记”中登记为音像记录。'
      : file.status === 'unassigned'
        ? '请查看后分配到案件或事件，或说明理由排除。'
        : null;
  return (
    <Alert
      type={file.status === 'unassigned' ? (file.overdue ? 'error' : 'warning') : 'info'}
      showIcon
      data-testid="import-basis"
      title={
        <Flex vertical gap={2}>
          <span>{file.placement.basis}</span>
          {onCase && <span>所属案件：{onCase}</span>}
          {onIncident && <span>所属事件：{onIncident}</span>}
          {file.storedName && (
            <span data-testid="import-stored-name">标识名称：{file.storedName}</span>
          )}
          {next && <Typography.Text type="secondary">{next}</Typography.Text>}
        </Flex>
      }
    />
  );
}

/**
 * 分配到案件 / 分配到事件 / 排除. For a file already placed, they wait behind one link: the
 * usual next step is registering it on its case, or nothing, not moving it.
 */
function Decisions({
  file,
  onDecided,
}: {
  file: ImportedFileDetail;
  onDecided: (file: ImportedFileView) => void;
}) {
  const [shown, setShown] = useState(file.status === 'unassigned');
  if (!shown) {
    return (
      <Typography.Link onClick={() => setShown(true)} data-testid="import-decisions-open">
        归属有误？改为分配到其他案件、事件或排除
      </Typography.Link>
    );
  }
  return (
    <Tabs
      size="small"
      items={[
        {
          key: 'assign',
          label: (
            <span data-testid="import-tab-assign">
              {file.status === 'matched' ? '改为分配到其他案件' : '分配到案件'}
            </span>
          ),
          children: <AssignToCaseForm file={file} onAssigned={onDecided} />,
        },
        {
          key: 'incident',
          label: (
            <span data-testid="import-tab-incident">
              {file.status === 'incident' ? '改为分配到其他事件' : '分配到事件'}
            </span>
          ),
          children: <AssignToIncidentForm file={file} onAssigned={onDecided} />,
        },
        {
          key: 'dismiss',
          label: <span data-testid="import-tab-dismiss">排除</span>,
          children: <DismissForm file={file} onDismissed={onDecided} />,
        },
      ]}
    />
  );
}

/**
 * 导入的音像: its facts and digests, where it was placed and why, a player behind a reason,
 * and — while it is not settled — 分配到案件 and 排除.
 */
export function ImportedFileDrawer({
  fileId,
  now,
  onClose,
  onChanged,
}: {
  /** The file shown; null closes the drawer. */
  fileId: string | null;
  now: number;
  onClose: () => void;
  onChanged: (file: ImportedFileView) => void;
}) {
  const user = useCurrentUser();
  const { file, notFound, reload } = useImportedFile(fileId);
  const canPlace = file !== null && canPlaceImports(user, file.agencyId);

  const onDecided = (saved: ImportedFileView) => {
    reload();
    onChanged(saved);
  };

  return (
    <Drawer
      title={file ? `导入的音像 · ${file.fileName}` : '导入的音像'}
      open={fileId !== null}
      onClose={onClose}
      size={720}
      destroyOnHidden
    >
      {notFound ? (
        <Result
          status="404"
          title="文件不存在"
          subTitle="该导入文件不存在，或不属于您所在的执法机关。"
        />
      ) : !file ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : (
        <Flex vertical gap={16} data-testid="import-drawer" data-status={file.status}>
          <ImportStatusTags file={file} now={now} />
          <WhereItIs file={file} />
          <Section title="查看">
            <ImportPlayer key={file.id} file={file} />
          </Section>
          {canPlace && isOpenForPlacement(file.status) && (
            <Section title="处理">
              {/* Afresh after each decision: the forms start empty for the next one. */}
              <Decisions key={file.placement.id} file={file} onDecided={onDecided} />
            </Section>
          )}
          <ImportFacts file={file} />
          <Section title="归属记录">
            <PlacementHistory placements={file.placements} />
          </Section>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            原始文件存于专用存储，不可修改或删除；每次归属变更、查看均记入留痕日志。编号 {file.id}。
          </Typography.Text>
        </Flex>
      )}
    </Drawer>
  );
}
