import { Descriptions, Divider, Drawer, Empty, Flex, Skeleton, Table, Typography } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import { assignmentColumns } from './assignment-columns.tsx';
import { AssignmentForm } from './AssignmentForm.tsx';
import { bodyCameraName } from './body-camera-rules.ts';
import type { AssignmentView, BodyCameraDetail, BodyCameraView } from './body-cameras-api.ts';
import { useBodyCamera } from './use-body-camera.ts';

/**
 * One body camera: what it is, who holds it, every hand-over, and (for those who manage
 * cameras) 领用 / 归还. Imported recordings are placed on cases by these records.
 */
export function BodyCameraDrawer({
  open,
  bodyCamera: listed,
  canManage,
  onClose,
  onChanged,
}: {
  open: boolean;
  /** The row that was clicked: shown at once while its history loads. */
  bodyCamera: BodyCameraView | null;
  canManage: boolean;
  onClose: () => void;
  onChanged: (bodyCamera: BodyCameraView) => void;
}) {
  const { bodyCamera, replace } = useBodyCamera(open ? (listed?.id ?? null) : null);
  const shown = bodyCamera ?? listed;

  const onRecorded = (saved: BodyCameraDetail) => {
    replace(saved);
    onChanged(saved);
  };

  return (
    <Drawer
      title={shown ? `执法记录仪 · ${bodyCameraName(shown)}` : '执法记录仪'}
      open={open}
      onClose={onClose}
      size={640}
      destroyOnHidden
    >
      {shown && (
        <Flex vertical gap={16} data-testid="body-camera-drawer">
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'serial', label: '序列号', children: shown.serial },
              { key: 'model', label: '型号', children: shown.model ?? '—' },
              { key: 'label', label: '名称', span: 2, children: shown.label ?? '—' },
              {
                key: 'holder',
                label: '当前领用人',
                span: 2,
                children: shown.holder ? (
                  <span data-testid="body-camera-holder">
                    {shown.holder.displayName}（自 {formatChinaTime(shown.holder.since)}）
                  </span>
                ) : (
                  <Typography.Text type="secondary" data-testid="body-camera-holder">
                    未领用（在单位保管）
                  </Typography.Text>
                ),
              },
            ]}
          />
          {canManage && bodyCamera && (
            <>
              <Divider titlePlacement="start" plain style={{ margin: 0 }}>
                领用 / 归还
              </Divider>
              <AssignmentForm
                key={bodyCamera.assignments.length}
                bodyCamera={bodyCamera}
                onRecorded={onRecorded}
              />
            </>
          )}
          <Divider titlePlacement="start" plain style={{ margin: 0 }}>
            领用记录
          </Divider>
          {bodyCamera ? (
            <Table<AssignmentView>
              rowKey="id"
              size="small"
              columns={assignmentColumns}
              dataSource={bodyCamera.assignments}
              pagination={false}
              data-testid="body-camera-assignments"
              locale={{
                emptyText: (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description="尚无领用记录：未登记领用的记录仪拍摄的音像，导入后将进入“待分配”。"
                  />
                ),
              }}
            />
          ) : (
            <Skeleton active paragraph={{ rows: 3 }} />
          )}
        </Flex>
      )}
    </Drawer>
  );
}
