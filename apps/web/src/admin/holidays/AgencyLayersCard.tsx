import { App, Button, Card, Checkbox, Empty, Flex, Select, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { listAllAgencies } from '../../api/agencies.ts';
import {
  getAgencyLayers,
  listRegionalLayers,
  setAgencyLayers,
  type RegionalHolidayLayer,
  type RegionalLayerId,
} from '../../api/calendar.ts';
import type { Agency } from '../../api/types.ts';
import { useReportError } from '../../api/use-report-error.ts';
import { useCurrentUser } from '../../auth/session-context.ts';

function LayerOption({ layer }: { layer: RegionalHolidayLayer }) {
  const years = layer.years.map((year) => year.year).join('、');
  const unverified = layer.years.some((year) => !year.verified);
  return (
    <Flex vertical>
      <span>
        {layer.name}：{layer.description}{' '}
        {unverified && (
          <Tag color="orange" title={layer.years[0]?.source}>
            未核对原文
          </Tag>
        )}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        已录入 {years} 年；
        {layer.years
          .flatMap((year) =>
            year.daysOff.map((off) => `${off.festival} ${off.from}（${off.days} 天）`),
          )
          .join('、')}
      </Typography.Text>
    </Flex>
  );
}

/**
 * 地方节假日: the regional days off an agency counts in its working days, on top of the
 * national ones. A platform administrator picks the agency; an agency's administrator sets
 * his own.
 */
export function AgencyLayersCard() {
  const user = useCurrentUser();
  const { message } = App.useApp();
  const report = useReportError();
  const [layers, setLayers] = useState<RegionalHolidayLayer[]>([]);
  const [agencies, setAgencies] = useState<Agency[]>([]);
  const [agencyId, setAgencyId] = useState<string | null>(user.agencyId);
  // Keyed by agency, so another agency's choice never shows while its own loads.
  const [selection, setSelection] = useState<{
    agencyId: string;
    layers: RegionalLayerId[];
  } | null>(null);
  const chosen = selection !== null && selection.agencyId === agencyId ? selection.layers : null;
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    listRegionalLayers().then(setLayers, report);
    if (user.agencyId === null) listAllAgencies().then(setAgencies, report);
  }, [report, user.agencyId]);

  useEffect(() => {
    if (agencyId === null) return;
    let cancelled = false;
    getAgencyLayers(agencyId).then(
      (ids) => !cancelled && setSelection({ agencyId, layers: ids }),
      report,
    );
    return () => {
      cancelled = true;
    };
  }, [agencyId, report]);

  const save = async () => {
    if (agencyId === null || chosen === null) return;
    setSaving(true);
    try {
      setSelection({ agencyId, layers: await setAgencyLayers(agencyId, chosen) });
      void message.success('已保存本机关适用的地方节假日，检查发现已重新计算。');
    } catch (error) {
      report(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title="地方节假日" data-testid="agency-layers">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          自治区、自治州规定的地方节假日（如宁夏的开斋节、古尔邦节，德宏的泼水节、目瑙纵歌节、州庆）只对选择它的机关计入工作日计算。系统中的日期录入时未能核对地方政府通知原文，请核对后使用；未录入的年份按暂定期限计算。
        </Typography.Text>
        {user.agencyId === null && (
          <Select
            style={{ maxWidth: 360 }}
            placeholder="选择执法机关"
            value={agencyId ?? undefined}
            onChange={(value: string) => setAgencyId(value)}
            options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
            data-testid="agency-layers-agency"
          />
        )}
        {agencyId === null ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="请先选择执法机关" />
        ) : (
          <>
            <Checkbox.Group
              value={chosen ?? []}
              disabled={chosen === null}
              onChange={(values) =>
                agencyId !== null && setSelection({ agencyId, layers: values as RegionalLayerId[] })
              }
            >
              <Flex vertical gap={8}>
                {layers.map((layer) => (
                  <Checkbox key={layer.id} value={layer.id} data-testid={`layer-${layer.id}`}>
                    <LayerOption layer={layer} />
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
            <div>
              <Button
                type="primary"
                onClick={save}
                loading={saving}
                disabled={chosen === null}
                data-testid="agency-layers-save"
              >
                保存
              </Button>
            </div>
          </>
        )}
      </Flex>
    </Card>
  );
}
