import { Button, Space, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import { profileLabel, type AgencyWithProfile, type ProfileSummary } from '../../api/profiles.ts';
import { formatDateTime } from '../../common/format.ts';

/** 适用制度: the profile's name, or a warning while none is chosen (no case can be opened). */
function ProfileCell({
  agency,
  profile,
}: {
  agency: AgencyWithProfile;
  profile: ProfileSummary | undefined;
}) {
  const testId = `agency-profile-${agency.code}`;
  if (agency.profileId === null) {
    return (
      <Tooltip title="未设置适用制度的机关不能启动执法程序。点击“修改”选择。">
        <Tag color="warning" data-testid={testId}>
          未设置
        </Tag>
      </Tooltip>
    );
  }
  const label = profile ? profileLabel(profile) : agency.profileId;
  return (
    <Typography.Text ellipsis={{ tooltip: label }} data-testid={testId}>
      {profile?.name ?? agency.profileId}
    </Typography.Text>
  );
}

export function agencyColumns(actions: {
  profileOf: (id: string | null) => ProfileSummary | undefined;
  onDepartments: (agency: AgencyWithProfile) => void;
  onBodyCameras: (agency: AgencyWithProfile) => void;
  onEdit: (agency: AgencyWithProfile) => void;
}): TableColumnsType<AgencyWithProfile> {
  return [
    { title: '名称', dataIndex: 'name', ellipsis: true },
    { title: '机关代字', dataIndex: 'code', width: 120 },
    {
      title: '适用制度',
      dataIndex: 'profileId',
      width: 280,
      render: (_: unknown, agency) => (
        <ProfileCell agency={agency} profile={actions.profileOf(agency.profileId)} />
      ),
    },
    {
      title: '创建时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (value: string) => formatDateTime(value),
    },
    {
      title: '操作',
      key: 'actions',
      width: 230,
      render: (_: unknown, agency) => (
        // Clicks here must not also count as a row click.
        <Space size={0} onClick={(event) => event.stopPropagation()}>
          <Button
            type="link"
            size="small"
            onClick={() => actions.onDepartments(agency)}
            data-testid={`agency-departments-${agency.code}`}
          >
            承办机构
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => actions.onBodyCameras(agency)}
            data-testid={`agency-body-cameras-${agency.code}`}
          >
            执法记录仪
          </Button>
          <Button
            type="link"
            size="small"
            onClick={() => actions.onEdit(agency)}
            data-testid={`agency-edit-${agency.code}`}
          >
            修改
          </Button>
        </Space>
      ),
    },
  ];
}
