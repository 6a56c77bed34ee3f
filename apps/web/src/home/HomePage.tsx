import { AccessInboxCard } from '../access/AccessInboxCard.tsx';
import { Card, Descriptions, Flex, Skeleton, Typography, type DescriptionsProps } from 'antd';
import type { User } from '../api/types.ts';
import { isPlatformAdmin, useCurrentUser } from '../auth/session-context.ts';
import { formatDateTime, greeting } from '../common/format.ts';
import { RoleTags } from '../common/RoleTags.tsx';
import { ApprovalInboxCard } from './ApprovalInboxCard.tsx';
import { useAffiliation, type Affiliation } from './use-affiliation.ts';

function profileItems(user: User, affiliation: Affiliation): DescriptionsProps['items'] {
  const agency = user.agencyId
    ? (affiliation.agencyName ?? '—')
    : isPlatformAdmin(user)
      ? '平台管理（不隶属任何机关）'
      : '—';
  return [
    { key: 'roles', label: '角色', children: <RoleTags roles={user.roles} /> },
    { key: 'username', label: '用户名', children: user.username },
    { key: 'agency', label: '执法机关', children: agency },
    { key: 'department', label: '承办机构', children: affiliation.departmentName ?? '—' },
    ...(user.certificateNumber
      ? [{ key: 'certificate', label: '执法证件编号', children: user.certificateNumber }]
      : []),
    { key: 'login', label: '本次登录时间', children: formatDateTime(user.lastLoginAt) },
  ];
}

/** 工作台: who you are, where you belong, and what awaits you. */
export function HomePage() {
  const user = useCurrentUser();
  const affiliation = useAffiliation(user);

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Card>
        <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="home-greeting">
          {greeting()}，{user.displayName}
        </Typography.Title>
        {affiliation === null ? (
          <Skeleton active paragraph={{ rows: 2 }} title={false} />
        ) : (
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={profileItems(user, affiliation)}
          />
        )}
      </Card>
      {!isPlatformAdmin(user) && <AccessInboxCard />}
      <ApprovalInboxCard />
    </Flex>
  );
}
