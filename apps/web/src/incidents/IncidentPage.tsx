import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Empty, Flex, Result, Skeleton, Table } from 'antd';
import { useMemo, type HTMLAttributes } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatChinaTime } from '../cases/china-time.ts';
import { Page } from '../common/Page.tsx';
import { IMPORTS_PATH } from '../imports/paths.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { incidentSpanText } from './incident-columns.tsx';
import { IncidentKindTag } from './IncidentKindTag.tsx';
import type { IncidentDetail, IncidentRecording } from './incidents-api.ts';
import { INCIDENTS_PATH } from './paths.ts';
import { recordingColumns } from './recording-columns.tsx';
import { useIncident } from './use-incident.ts';

function Facts({ incident }: { incident: IncidentDetail }) {
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      data-testid="incident-facts"
      items={[
        { key: 'kind', label: '类别', children: <IncidentKindTag kind={incident.kind} /> },
        { key: 'span', label: '发生时间', children: incidentSpanText(incident) },
        {
          key: 'registered',
          label: '登记',
          children: `${incident.registeredBy.displayName}，${formatChinaTime(incident.registeredAt)}`,
        },
        { key: 'count', label: '音像文件', children: `${incident.recordingCount} 个` },
        {
          key: 'description',
          label: '事件概况',
          span: 2,
          children: incident.description ?? '—',
        },
      ]}
    />
  );
}

/** One incident: what it was, and the recordings placed on it with their names and retention. */
export function IncidentPage() {
  const { incidentId = '' } = useParams();
  const navigate = useNavigate();
  const { incident, notFound } = useIncident(incidentId);
  const columns = useMemo(() => recordingColumns(), []);

  if (notFound) {
    return (
      <Result
        status="404"
        title="事件不存在"
        subTitle="该事件不存在，或不属于您所在的执法机关。"
        extra={<Button onClick={() => void navigate(INCIDENTS_PATH)}>返回事件列表</Button>}
      />
    );
  }
  if (!incident) return <Skeleton active paragraph={{ rows: 8 }} />;

  return (
    <Page
      title={incident.name}
      description="分配到本事件的音像文件以事件名称标识（004 第十八条 标明案号（或事件名称））。"
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(INCIDENTS_PATH)}>
          事件列表
        </Button>
      }
    >
      <Flex vertical gap={16} data-testid="incident-page" data-incident-id={incident.id}>
        <Facts incident={incident} />
        <Card title="音像文件" size="small">
          <Flex vertical gap={12}>
            <Alert
              type="info"
              showIcon
              title={
                <span>
                  在 <AppLink to={IMPORTS_PATH}>音像导入</AppLink>{' '}
                  中打开待分配的文件，选择“分配到事件”。保存期限按本机关适用的制度确定。
                </span>
              }
            />
            <Table<IncidentRecording>
              rowKey="id"
              size="small"
              columns={columns}
              dataSource={incident.recordings}
              pagination={false}
              onRow={(file) =>
                ({
                  'data-testid': 'incident-recording',
                  'data-file-name': file.fileName,
                }) as HTMLAttributes<HTMLElement>
              }
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description="尚无分配到本事件的音像"
                  />
                ),
              }}
              data-testid="incident-recordings"
            />
          </Flex>
        </Card>
      </Flex>
    </Page>
  );
}
