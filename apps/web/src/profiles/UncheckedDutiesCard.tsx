import { uncheckedDuties, UNCHECKED_DUTIES_PLACE, type PolicyProfile } from '@liuhen/domain';
import { Card, Empty, Table, Tag, Typography } from 'antd';
import { citationLabel } from '../common/citation.ts';

/**
 * The duties of the agency's regulation that the platform cannot check (backups kept
 * elsewhere, the case room's CCTV, publication until the 公示 module exists…): listed with
 * the article and why, so nobody takes the absence of a finding for compliance.
 */
export function UncheckedDutiesCard({ profile }: { readonly profile: PolicyProfile }) {
  const duties = uncheckedDuties(profile);
  return (
    <Card
      size="small"
      title={UNCHECKED_DUTIES_PLACE.split(' › ')[1]}
      data-testid="unchecked-duties"
      extra={<Typography.Text type="secondary">须由本机关自行落实，平台不生成提醒</Typography.Text>}
    >
      {duties.length === 0 ? (
        <Empty description="本制度没有平台无法检查的义务" />
      ) : (
        <Table
          size="small"
          rowKey="path"
          pagination={false}
          dataSource={duties}
          scroll={{ x: 640 }}
          columns={[
            {
              title: '义务',
              dataIndex: 'label',
              width: 200,
              render: (label: string, duty) => (
                <>
                  <Typography.Text strong>{label}</Typography.Text>
                  {duty.items.length > 0 && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {duty.items.join('；')}
                    </Typography.Paragraph>
                  )}
                </>
              ),
            },
            {
              title: '依据',
              dataIndex: 'citations',
              width: 180,
              render: (_, duty) =>
                duty.citations.map((citation) => (
                  <Tag key={citationLabel(citation)}>{citationLabel(citation)}</Tag>
                )),
            },
            { title: '平台为何无法检查', dataIndex: 'why' },
          ]}
        />
      )}
    </Card>
  );
}
