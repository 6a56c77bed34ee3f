import { CloudUploadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import { useMemo, useState, type HTMLAttributes } from 'react';
import type { CaseDetail } from '../api/cases.ts';
import { AccessRequestDrawer } from '../access/AccessRequestDrawer.tsx';
import { materialAccess } from '../access/access-rules.ts';
import { useCaseAccessRequests } from '../access/use-case-access-requests.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { can } from '../cases/case-facts.ts';
import { registrationPrefill } from '../imports/import-format.ts';
import type { ImportedFileView } from '../imports/imports-api.ts';
import { PendingImports } from '../imports/PendingImports.tsx';
import { useCaseImports } from '../imports/use-case-imports.ts';
import { useNow } from '../imports/use-now.ts';
import type { AvRecordView } from './av-api.ts';
import { avColumns } from './av-columns.tsx';
import { caseProfile, storageDeadlineText } from './av-profile.ts';
import { AvAmendmentDrawer, type AvAmendmentKind } from './AvAmendmentDrawer.tsx';
import { AvDutiesPopover } from './AvDutiesPopover.tsx';
import { AvRecordDrawer } from './AvRecordDrawer.tsx';
import { AvRecordFormDrawer } from './AvRecordFormDrawer.tsx';
import { UploadDrawer } from './UploadDrawer.tsx';
import { StorageDamageDrawer } from './StorageDamageDrawer.tsx';
import type { StorageDamageAct } from './storage-damage.ts';
import { isFinal } from './upload-stage.ts';
import { useAvRecords } from './use-av-records.ts';
import { useUploadQueue, type UploadItem } from './use-upload-queue.ts';

/** What is being registered: a file uploaded here, or one the collection station imported. */
type RegisterSource =
  | { readonly kind: 'upload'; readonly item: UploadItem }
  | { readonly kind: 'import'; readonly file: ImportedFileView };

function evidenceObjectOf(source: RegisterSource | null): string | null {
  if (source?.kind === 'upload') return source.item.evidenceObjectId ?? null;
  return source?.file.evidenceObjectId ?? null;
}

/**
 * 音像记录: the case's recordings with poster, standard name, situations, time, duration,
 * size, digest and findings; 上传音像记录 opens the upload list, a stored file is then
 * registered, a row opens the recording (player, metadata, amendments). Files the collection
 * station placed on the case wait above the table as 待登记, each registered the same way.
 * Who may not watch a recording (a colleague not on the case) is offered 申请调阅 instead
 * of the player; a grant on that recording, once approved, opens it.
 */
export function AvRecordsCard({
  detail,
  canMake,
  refreshKey,
  onChanged,
}: {
  detail: CaseDetail;
  /** May upload, register and amend (the case's officers while it is open). */
  canMake: boolean;
  /** The case page's reload counter: the list follows it. */
  refreshKey: number;
  /** Something changed that the case's findings depend on. */
  onChanged: () => void;
}) {
  const caseId = detail.case.id;
  const { records, loading } = useAvRecords(caseId, refreshKey);
  const imports = useCaseImports(caseId, refreshKey);
  const queue = useUploadQueue(caseId);
  const user = useCurrentUser();
  const access = useCaseAccessRequests(caseId, refreshKey);
  // A grant that runs out while the drawer is open closes the player on the next minute.
  const now = useNow();
  const [asking, setAsking] = useState({ open: false, key: 0 });
  const profile = caseProfile(detail);

  const [uploadOpen, setUploadOpen] = useState(false);
  const [registering, setRegistering] = useState<{
    open: boolean;
    source: RegisterSource | null;
    key: number;
  }>({ open: false, source: null, key: 0 });
  const [viewing, setViewing] = useState<{ open: boolean; id: string | null }>({
    open: false,
    id: null,
  });
  const [amending, setAmending] = useState<{
    open: boolean;
    kind: AvAmendmentKind;
    record: AvRecordView | null;
    key: number;
  }>({ open: false, kind: 'interruptions', record: null, key: 0 });
  const [damaging, setDamaging] = useState<{
    open: boolean;
    act: StorageDamageAct;
    record: AvRecordView | null;
    key: number;
  }>({ open: false, act: 'register', record: null, key: 0 });

  const columns = useMemo(
    () => avColumns(detail.findings, (record) => setViewing({ open: true, id: record.id })),
    [detail.findings],
  );
  const viewed = records?.find((record) => record.id === viewing.id) ?? null;
  const viewedAccess = materialAccess(detail.abilities, access.requests, {
    userId: user.id,
    subjectIds: viewed ? [viewed.id] : [],
    now: new Date(now),
  });
  // Files still on their way in, or stored and waiting to be registered.
  const pending = queue.items.filter(
    (item) => !isFinal(item.phase) || (item.phase === 'stored' && !item.avRecordId),
  ).length;

  const uploadButton = canMake && (
    <Badge count={pending} size="small" offset={[-4, 0]}>
      <Button
        type="primary"
        size="small"
        icon={<CloudUploadOutlined />}
        onClick={() => setUploadOpen(true)}
        data-testid="av-upload-open"
      >
        上传音像记录
      </Button>
    </Badge>
  );

  const closeRegistering = () => setRegistering((prev) => ({ ...prev, open: false }));
  const closeAmending = () => setAmending((prev) => ({ ...prev, open: false }));
  const closeDamaging = () => setDamaging((prev) => ({ ...prev, open: false }));

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <span>音像记录（{records?.length ?? 0}）</span>
          {imports.files.length > 0 && (
            <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="av-pending-count">
              待登记 {imports.files.length}
            </Tag>
          )}
          <AvDutiesPopover profile={profile} />
        </Flex>
      }
      extra={uploadButton}
      data-testid="case-av-records"
    >
      <PendingImports
        files={imports.files}
        canRegister={canMake}
        onRegister={(file) =>
          setRegistering((prev) => ({
            open: true,
            source: { kind: 'import', file },
            key: prev.key + 1,
          }))
        }
      />
      {records === null ? (
        loading ? (
          <Skeleton active paragraph={{ rows: 2 }} />
        ) : (
          <Typography.Text type="secondary">音像记录暂时无法读取，请稍后刷新。</Typography.Text>
        )
      ) : records.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={4}>
              <span>尚未上传音像记录</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {canMake
                  ? '执法记录仪视频、录音和照片上传并登记后显示在这里；“检查发现”会列出应有而尚未记录的执法活动。'
                  : '本案执法人员上传的音像记录会显示在这里。'}
              </Typography.Text>
            </Flex>
          }
        >
          {canMake && (
            <Button
              icon={<CloudUploadOutlined />}
              onClick={() => setUploadOpen(true)}
              data-testid="av-upload-open-empty"
            >
              上传音像记录
            </Button>
          )}
        </Empty>
      ) : (
        <Table<AvRecordView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={records}
          loading={loading}
          pagination={false}
          scroll={{ x: 1240 }}
          onRow={(record) =>
            ({ 'data-testid': `av-row-${record.sequence}` }) as HTMLAttributes<HTMLElement>
          }
        />
      )}
      <UploadDrawer
        open={uploadOpen}
        queue={queue}
        deadlineText={storageDeadlineText(profile)}
        onRegister={(item) =>
          setRegistering((prev) => ({
            open: true,
            source: { kind: 'upload', item },
            key: prev.key + 1,
          }))
        }
        onClose={() => setUploadOpen(false)}
      />
      <AvRecordFormDrawer
        key={`register-${registering.key}`}
        open={registering.open}
        evidenceObjectId={evidenceObjectOf(registering.source)}
        detail={detail}
        prefill={
          registering.source?.kind === 'import'
            ? registrationPrefill(registering.source.file)
            : undefined
        }
        onClose={closeRegistering}
        onSaved={(saved) => {
          const source = registering.source;
          if (source?.kind === 'upload') queue.markRegistered(source.item.key, saved.id);
          // A registered import leaves 待登记; the case reload brings the new record.
          if (source?.kind === 'import') imports.reload();
          closeRegistering();
          onChanged();
        }}
      />
      <AvRecordDrawer
        open={viewing.open}
        record={viewed}
        detail={detail}
        canAmend={canMake}
        access={viewedAccess}
        canRequestAccess={can(detail, 'access:request')}
        onRequestAccess={() => setAsking((prev) => ({ open: true, key: prev.key + 1 }))}
        onAmend={(kind, record) =>
          setAmending((prev) => ({ open: true, kind, record, key: prev.key + 1 }))
        }
        onDamage={(act, record) =>
          setDamaging((prev) => ({ open: true, act, record, key: prev.key + 1 }))
        }
        onClose={() => setViewing((prev) => ({ ...prev, open: false }))}
      />
      <AccessRequestDrawer
        key={`ask-${asking.key}`}
        open={asking.open}
        caseId={caseId}
        caseNumber={detail.case.caseNumber}
        subject={viewed ? { ids: [viewed.id], label: `本音像记录“${viewed.name}”` } : undefined}
        onClose={() => setAsking((prev) => ({ ...prev, open: false }))}
        onSubmitted={() => {
          setAsking((prev) => ({ ...prev, open: false }));
          access.reload();
        }}
      />
      {amending.record && (
        <AvAmendmentDrawer
          key={`amend-${amending.key}`}
          open={amending.open}
          kind={amending.kind}
          record={amending.record}
          detail={detail}
          onClose={closeAmending}
          onSaved={() => {
            closeAmending();
            onChanged();
          }}
        />
      )}
      {damaging.record && (
        <StorageDamageDrawer
          key={`damage-${damaging.key}`}
          open={damaging.open}
          act={damaging.act}
          record={damaging.record}
          citeArticle={profile.seed === '000'}
          onClose={closeDamaging}
          onSaved={() => {
            closeDamaging();
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
