import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Result, Row, Skeleton, Space } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  closeCaseInError,
  recordComplainantInformed,
  type CaseDetail,
  type CaseRecordView,
} from '../api/cases.ts';
import { CaseAccessActions } from '../access/CaseAccessActions.tsx';
import { useProfiles } from '../api/profiles.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { AvRecordsCard } from '../av/AvRecordsCard.tsx';
import { Page } from '../common/Page.tsx';
import { CaseDocumentsCard } from '../documents/CaseDocumentsCard.tsx';
import { useCaseDocuments } from '../documents/use-case-documents.ts';
import { useDepartments } from '../org/use-departments.ts';
import { CaseFactsCard } from '../case-facts/CaseFactsCard.tsx';
import { ApprovalsCard } from './ApprovalsCard.tsx';
import { can, hasEvent } from './case-facts.ts';
import { CaseHeader } from './CaseHeader.tsx';
import { formatChinaTime } from './china-time.ts';
import { EventsCard } from './EventsCard.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { NoteModal } from './NoteModal.tsx';
import { DecisionPeriodCard } from './DecisionPeriodCard.tsx';
import { CASES_PATH } from './paths.ts';
import { RecordDrawer } from './RecordDrawer.tsx';
import { RecordFormDrawer, type RecordFormMode } from './RecordFormDrawer.tsx';
import { RecordsCard } from './RecordsCard.tsx';
import { StageTimeline } from './StageTimeline.tsx';
import { TransitionBar } from './TransitionBar.tsx';
import { useCaseDetail } from './use-case-detail.ts';

type NoteAct = 'inform' | 'close';

/**
 * The acts beside the stages: 告知投诉人, and (secondary) 关闭误立案件. 批准启动 is an
 * approval (ApprovalsCard).
 */
function caseActs(detail: CaseDetail, canWork: boolean): NoteAct[] {
  const row = detail.case;
  if (row.closedInErrorAt !== null) return [];
  const acts: NoteAct[] = [];
  if (
    canWork &&
    row.launchMode === 'complaint' &&
    row.complainantRealName === true &&
    hasEvent(detail, 'complaint_declined') &&
    !hasEvent(detail, 'complainant_informed')
  ) {
    acts.push('inform');
  }
  if (canWork && row.stage !== 'archived') acts.push('close');
  return acts;
}

const NOTE_ACTS = {
  inform: {
    title: '记录已告知投诉人、举报人',
    intro: '实名投诉、举报不予立案的，应告知投诉人、举报人。请写明告知的方式、时间和内容。',
    label: '告知方式和内容',
    minLength: 1,
    okText: '记录',
    danger: false,
    testId: 'case-complainant-informed',
  },
  close: {
    title: '关闭误立案件',
    intro:
      '仅用于误立的案件（如重复立案、登记错误）。案件不会删除：它与全部文书一并保留，标为“已关闭（误立）”，不能再办理。此操作记入留痕日志，不能撤销。',
    label: '关闭理由',
    minLength: 4,
    okText: '关闭案件',
    danger: true,
    testId: 'case-close-in-error',
  },
} as const;

/** 案件页: header, stages and transitions, findings, records, history. */
export function CasePage() {
  const { caseId } = useParams();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { detail, notFound, reload: reloadDetail } = useCaseDetail(caseId);
  // Counts reloads, so that what the page reads beside the case (approvals) follows.
  const [refreshKey, setRefreshKey] = useState(0);
  const reload = () => {
    setRefreshKey((key) => key + 1);
    reloadDetail();
  };
  const { departments } = useDepartments(user.agencyId);
  const { documents, reload: reloadDocuments } = useCaseDocuments(caseId, refreshKey);
  const { byId: profileById } = useProfiles();

  const [viewing, setViewing] = useState<{ open: boolean; record: CaseRecordView | null }>({
    open: false,
    record: null,
  });
  const [editing, setEditing] = useState<{ open: boolean; mode: RecordFormMode; key: number }>({
    open: false,
    mode: { kind: 'create' },
    key: 0,
  });
  const [note, setNote] = useState<{ act: NoteAct | null; open: boolean; key: number }>({
    act: null,
    open: false,
    key: 0,
  });

  const back = (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(CASES_PATH)}>
      返回案件列表
    </Button>
  );

  if (notFound) {
    return (
      <Result
        status="404"
        title="案件不存在"
        subTitle="该案件不存在，或不属于您所在的执法机关。"
        extra={back}
      />
    );
  }
  if (detail === null) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }

  const row = detail.case;
  const closed = row.closedInErrorAt !== null;
  const canWork = can(detail, 'case:work');
  const canMake = canWork && !closed && row.stage !== 'archived';
  const acts = caseActs(detail, canWork);
  const profile = profileById.get(row.profileId);
  const departmentName = departments.find((department) => department.id === row.departmentId)?.name;

  const openForm = (mode: RecordFormMode) =>
    setEditing((prev) => ({ open: true, mode, key: prev.key + 1 }));
  const openNote = (act: NoteAct) => setNote((prev) => ({ act, open: true, key: prev.key + 1 }));
  const closeNote = () => setNote((prev) => ({ ...prev, open: false }));

  const submitNote = async (text: string) => {
    if (note.act === 'inform') {
      await recordComplainantInformed(row.id, text);
      void message.success('已记录告知投诉人、举报人');
    } else if (note.act === 'close') {
      await closeCaseInError(row.id, text);
      void message.success('案件已作为误立案件关闭，仍予保留');
    }
    closeNote();
    reload();
  };

  const noteAct = note.act ? NOTE_ACTS[note.act] : null;

  return (
    <Page
      title={row.name}
      description={`案号 ${row.caseNumber}`}
      extra={
        <Space wrap>
          <CaseAccessActions detail={detail} refreshKey={refreshKey} onChanged={reload} />
          {acts.includes('inform') && (
            <Button onClick={() => openNote('inform')} data-testid="case-complainant-informed">
              记录告知投诉人
            </Button>
          )}
          {acts.includes('close') && (
            <Button
              type="link"
              danger
              onClick={() => openNote('close')}
              data-testid="case-close-in-error"
            >
              关闭误立案件
            </Button>
          )}
          {back}
        </Space>
      }
    >
      {closed && (
        <Alert
          type="error"
          showIcon
          title={`本案已于 ${formatChinaTime(row.closedInErrorAt)} 作为误立案件关闭，不能再办理。`}
          description={`关闭理由：${row.closedInErrorReason ?? '—'}`}
          data-testid="case-closed-alert"
        />
      )}
      <CaseHeader detail={detail} departmentName={departmentName} profileName={profile?.name} />
      <Card size="small" title="办理环节">
        <Flex vertical gap={16}>
          <StageTimeline detail={detail} />
          {/* A new record or approval makes an earlier "blocked" answer stale: start afresh. */}
          <TransitionBar
            key={`${row.stage}/${detail.records.length}/${detail.events.length}`}
            detail={detail}
            canWork={canWork}
            onMoved={reload}
          />
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <ApprovalsCard
              detail={detail}
              user={user}
              canWork={canWork}
              refreshKey={refreshKey}
              onChanged={reload}
            />
            <RecordsCard
              detail={detail}
              canMake={canMake}
              onMake={() => openForm({ kind: 'create' })}
              onOpen={(record) => setViewing({ open: true, record })}
            />
            <CaseFactsCard caseId={row.id} agencyId={row.agencyId} canEdit={canMake} />
            <CaseDocumentsCard
              caseId={row.id}
              documents={documents}
              onOpenRecord={(recordId) => {
                const record = detail.records.find((candidate) => candidate.id === recordId);
                if (record) setViewing({ open: true, record });
              }}
            />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <DecisionPeriodCard detail={detail} onChanged={reload} />
            <FindingsPanel findings={detail.findings} profileName={profile?.name} />
            <EventsCard detail={detail} />
          </Flex>
        </Col>
      </Row>
      {/* Full width: the recordings' table has more columns than a half page holds. */}
      <AvRecordsCard detail={detail} canMake={canMake} refreshKey={refreshKey} onChanged={reload} />
      <RecordDrawer
        open={viewing.open}
        record={viewing.record}
        detail={detail}
        canCorrect={canMake}
        canAttach={canMake}
        canIssue={canMake}
        documents={documents ?? []}
        onDocumentsChanged={reloadDocuments}
        onCorrect={(record) => {
          setViewing((prev) => ({ ...prev, open: false }));
          openForm({ kind: 'correct', record });
        }}
        onOpenVersion={(record) => setViewing({ open: true, record })}
        onClose={() => setViewing((prev) => ({ ...prev, open: false }))}
      />
      <RecordFormDrawer
        key={editing.key}
        open={editing.open}
        mode={editing.mode}
        detail={detail}
        onClose={() => setEditing((prev) => ({ ...prev, open: false }))}
        onSaved={() => {
          setEditing((prev) => ({ ...prev, open: false }));
          reload();
        }}
      />
      {noteAct && (
        <NoteModal
          key={note.key}
          open={note.open}
          title={noteAct.title}
          intro={noteAct.intro}
          label={noteAct.label}
          minLength={noteAct.minLength}
          okText={noteAct.okText}
          danger={noteAct.danger}
          testId={noteAct.testId}
          onSubmit={submitNote}
          onClose={closeNote}
        />
      )}
    </Page>
  );
}
