import { ACT_TYPE_LABELS, LAUNCH_MODE_LABELS, PROCEDURE_LABELS } from '@liuhen/domain';
import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { CaseDetail, CaseOfficer, CaseParty } from '../api/cases.ts';
import { formatChinaTime } from './china-time.ts';
import { hasEvent, isEmergency } from './case-facts.ts';
import { OFFICER_ROLE_LABELS } from './labels.ts';
import { StageTag } from './StageTag.tsx';

const ID_DOCUMENT_LABELS = { passport: '护照', other: '证件' } as const;

function PartyLine({ party }: { party: CaseParty }) {
  const contact = [party.phone, party.address].filter(Boolean).join('，');
  const identity =
    party.kind === 'organisation'
      ? `统一社会信用代码 ${party.creditCode}；法定代表人（负责人）${party.legalRepresentative}`
      : party.residentId
        ? `身份证号码 ${party.residentId}`
        : party.idDocument
          ? `${ID_DOCUMENT_LABELS[party.idDocument.type]} ${party.idDocument.number}`
          : '';
  return (
    <Flex gap={8} wrap align="baseline">
      <Tag variant="outlined">{party.kind === 'organisation' ? '单位' : '自然人'}</Tag>
      <Typography.Text strong>{party.name}</Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {identity}
        {contact ? `；${contact}` : ''}
      </Typography.Text>
    </Flex>
  );
}

function OfficerLine({ officer }: { officer: CaseOfficer }) {
  return (
    <span style={{ marginInlineEnd: 16, whiteSpace: 'nowrap' }} data-testid="case-officer">
      <Typography.Text type="secondary">{OFFICER_ROLE_LABELS[officer.role]}：</Typography.Text>
      {officer.name}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        （执法证号 {officer.certificateNumber ?? '未登记'}）
      </Typography.Text>
    </span>
  );
}

/** The case at a glance: what kind, who is concerned, who handles it. */
export function CaseHeader({
  detail,
  departmentName,
  profileName,
}: {
  detail: CaseDetail;
  departmentName: string | undefined;
  profileName: string | undefined;
}) {
  const row = detail.case;
  const emergency = isEmergency(detail);
  const approved = hasEvent(detail, 'launch_approved');
  const officers = [...detail.officers].sort((a, b) =>
    a.role === b.role ? 0 : a.role === 'handler' ? -1 : 1,
  );

  return (
    <Card size="small" data-testid="case-header">
      <Flex vertical gap={12}>
        <Flex gap={4} wrap>
          <StageTag
            stage={row.stage}
            closedInError={row.closedInErrorAt !== null}
            testId="case-stage"
          />
          <Tag color="geekblue">{ACT_TYPE_LABELS[row.actType]}</Tag>
          <Tag>{PROCEDURE_LABELS[row.procedure]}</Tag>
          <Tag>
            {LAUNCH_MODE_LABELS[row.launchMode]}
            {row.launchMode === 'complaint' && row.complainantRealName !== null
              ? `（${row.complainantRealName ? '实名' : '匿名'}）`
              : ''}
          </Tag>
          {row.majorDecision && <Tag color="red">重大行政执法决定</Tag>}
          {emergency && <Tag color="orange">紧急启动{approved ? '' : '（待补办审批）'}</Tag>}
          {approved && <Tag color="green">已批准启动</Tag>}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'number',
              label: '案号',
              children: (
                <Typography.Text copyable data-testid="case-number">
                  {row.caseNumber}
                </Typography.Text>
              ),
            },
            { key: 'department', label: '承办机构', children: departmentName ?? '—' },
            { key: 'opened', label: '启动时间', children: formatChinaTime(row.createdAt) },
            {
              key: 'profile',
              label: '适用制度',
              span: { xs: 1, md: 2, xl: 3 },
              children: profileName ?? row.profileId,
            },
            {
              key: 'parties',
              label: '当事人',
              span: { xs: 1, md: 2, xl: 3 },
              children:
                row.parties.length === 0 ? (
                  <Typography.Text type="secondary">未登记当事人</Typography.Text>
                ) : (
                  <Flex vertical gap={4}>
                    {row.parties.map((party, index) => (
                      <PartyLine key={index} party={party} />
                    ))}
                  </Flex>
                ),
            },
            {
              key: 'officers',
              label: '执法人员',
              span: { xs: 1, md: 2, xl: 3 },
              children: (
                <Flex wrap>
                  {officers.map((officer) => (
                    <OfficerLine key={officer.userId} officer={officer} />
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
