import { Typography, type TableColumnsType } from 'antd';
import { formatChinaTime } from '../cases/china-time.ts';
import type { BodyCameraView } from './body-cameras-api.ts';

const NONE = <Typography.Text type="secondary">—</Typography.Text>;

export function bodyCameraColumns(
  onOpen: (bodyCamera: BodyCameraView) => void,
): TableColumnsType<BodyCameraView> {
  return [
    {
      title: '序列号',
      dataIndex: 'serial',
      width: 160,
      render: (serial: string, bodyCamera) => (
        <Typography.Link
          onClick={() => onOpen(bodyCamera)}
          data-testid={`body-camera-open-${serial}`}
        >
          {serial}
        </Typography.Link>
      ),
    },
    {
      title: '型号',
      dataIndex: 'model',
      width: 130,
      render: (model: string | null) => model ?? NONE,
    },
    { title: '名称', dataIndex: 'label', render: (label: string | null) => label ?? NONE },
    {
      title: '当前领用人',
      key: 'holder',
      width: 110,
      render: (_: unknown, bodyCamera) =>
        bodyCamera.holder ? (
          <span data-testid={`body-camera-holder-${bodyCamera.serial}`}>
            {bodyCamera.holder.displayName}
          </span>
        ) : (
          <Typography.Text type="secondary" data-testid={`body-camera-holder-${bodyCamera.serial}`}>
            未领用
          </Typography.Text>
        ),
    },
    {
      title: '领用时间',
      key: 'since',
      width: 130,
      render: (_: unknown, bodyCamera) =>
        bodyCamera.holder ? formatChinaTime(bodyCamera.holder.since) : NONE,
    },
  ];
}
