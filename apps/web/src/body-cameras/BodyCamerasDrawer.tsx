import { Alert, Drawer, Empty, Flex, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { Agency } from '../api/types.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { bodyCameraColumns } from './body-camera-columns.tsx';
import { BodyCameraCreateForm } from './BodyCameraCreateForm.tsx';
import { canManageBodyCameras } from './body-camera-rules.ts';
import { BodyCameraDrawer } from './BodyCameraDrawer.tsx';
import type { BodyCameraView } from './body-cameras-api.ts';
import { useBodyCameras } from './use-body-cameras.ts';

/**
 * 执法记录仪 of one agency: the cameras and who holds each; a row opens its hand-overs.
 * Administrators and the agency's heads register cameras and record hand-overs; everyone
 * else in the agency reads.
 */
export function BodyCamerasDrawer({
  open,
  agency,
  onClose,
}: {
  open: boolean;
  agency: Pick<Agency, 'id' | 'name'> | null;
  onClose: () => void;
}) {
  const user = useCurrentUser();
  const { bodyCameras, loading, upsert } = useBodyCameras(open ? agency?.id : undefined);
  const canManage = agency !== null && canManageBodyCameras(user, agency.id);
  const [viewing, setViewing] = useState<{ open: boolean; bodyCamera: BodyCameraView | null }>({
    open: false,
    bodyCamera: null,
  });
  const columns = useMemo(
    () => bodyCameraColumns((bodyCamera) => setViewing({ open: true, bodyCamera })),
    [],
  );

  return (
    <Drawer
      title={agency ? `执法记录仪 · ${agency.name}` : '执法记录仪'}
      open={open}
      onClose={onClose}
      size={760}
      destroyOnHidden
    >
      {agency && (
        <Flex vertical gap={16} data-testid="body-cameras-drawer">
          <Alert
            type="info"
            showIcon
            title="采集站导入的音像按拍摄时的领用人和案件办理时间自动归入案件；领用、归还请及时登记，未登记领用时拍摄的音像将进入“待分配”。"
          />
          {canManage && <BodyCameraCreateForm agencyId={agency.id} onCreated={upsert} />}
          <Table<BodyCameraView>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={bodyCameras ?? []}
            loading={loading}
            pagination={false}
            onRow={(bodyCamera) => ({
              onClick: () => setViewing({ open: true, bodyCamera }),
              style: { cursor: 'pointer' },
            })}
            data-testid="body-cameras-table"
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    <Flex vertical gap={4}>
                      <span>尚未登记执法记录仪</span>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {canManage
                          ? '在上方填写设备序列号（与采集站导入时的 --device 一致）并点击“新增”。'
                          : '请本机关负责人或系统管理员登记本机关的执法记录仪。'}
                      </Typography.Text>
                    </Flex>
                  }
                />
              ),
            }}
          />
        </Flex>
      )}
      <BodyCameraDrawer
        open={viewing.open}
        bodyCamera={viewing.bodyCamera}
        canManage={canManage}
        onClose={() => setViewing((prev) => ({ ...prev, open: false }))}
        onChanged={upsert}
      />
    </Drawer>
  );
}
