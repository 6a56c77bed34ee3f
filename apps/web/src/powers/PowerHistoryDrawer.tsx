import { Descriptions, Drawer, Tag, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { fineRangeText, PENALTY_KIND_LABELS } from './power-form.ts';
import { getPowerVersions, type PowerVersion } from './powers-api.ts';

/** Every version of a power, newest first, each as it read: nothing is ever overwritten. */
export function PowerHistoryDrawer({
  agencyId,
  power,
  onClose,
}: {
  agencyId: string;
  power: PowerVersion | null;
  onClose: () => void;
}) {
  const reportError = useReportError();
  const [versions, setVersions] = useState<PowerVersion[]>([]);
  useEffect(() => {
    if (power === null) return;
    let current = true;
    getPowerVersions(agencyId, power.id).then(
      (found) => current && setVersions(found),
      reportError,
    );
    return () => {
      current = false;
    };
  }, [agencyId, power, reportError]);

  return (
    <Drawer
      title={power ? `版本记录：${power.name}` : ''}
      open={power !== null}
      onClose={onClose}
      size={640}
      destroyOnHidden
    >
      <Timeline
        data-testid="power-history"
        items={versions.map((version) => ({
          key: version.version,
          color: version.withdrawn ? 'red' : 'blue',
          content: (
            <>
              <Typography.Text strong>
                第 {version.version} 版 {version.withdrawn && <Tag color="red">停用</Tag>}
              </Typography.Text>
              <Typography.Text type="secondary">
                {' '}
                {formatChinaTime(version.createdAt)} · {version.createdByName}
              </Typography.Text>
              {version.note && (
                <div>
                  {version.withdrawn ? '停用原因' : '修改说明'}：{version.note}
                </div>
              )}
              <Descriptions size="small" column={1} style={{ marginTop: 4 }}>
                <Descriptions.Item label="处罚依据">
                  {version.provisionApplied || '—'}
                </Descriptions.Item>
                <Descriptions.Item label="处罚种类">
                  {version.penaltyKinds.map((kind) => PENALTY_KIND_LABELS[kind]).join('、') || '—'}
                </Descriptions.Item>
                <Descriptions.Item label="罚款幅度">
                  {fineRangeText(version.fineMin, version.fineMax)}
                </Descriptions.Item>
                <Descriptions.Item label="裁量档次">
                  {version.levels
                    .map(
                      (level) => `${level.label}（${fineRangeText(level.fineMin, level.fineMax)}）`,
                    )
                    .join('；') || '—'}
                </Descriptions.Item>
                <Descriptions.Item label="SHA-256">
                  <Typography.Text code copyable style={{ fontSize: 11 }}>
                    {version.sha256}
                  </Typography.Text>
                </Descriptions.Item>
              </Descriptions>
            </>
          ),
        }))}
      />
    </Drawer>
  );
}
