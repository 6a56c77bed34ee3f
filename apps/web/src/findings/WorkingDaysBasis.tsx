import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { getAgencyLayers, listRegionalLayers } from '../api/calendar.ts';
import { useReportError } from '../api/use-report-error.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { appliedLayers, workingDaysBasis, type AppliedLayer } from './calendar-layers.ts';

/**
 * 工作日计算: the national holidays and the regional days off the user's agency chose, which
 * the deadlines on the calendar are counted with. Nothing for someone of no agency (a
 * supervisor sees several agencies, each with its own).
 */
export function WorkingDaysBasis() {
  const { agencyId } = useCurrentUser();
  const report = useReportError();
  const [applied, setApplied] = useState<AppliedLayer[] | null>(null);

  useEffect(() => {
    if (agencyId === null) return;
    let current = true;
    Promise.all([getAgencyLayers(agencyId), listRegionalLayers()]).then(
      ([chosen, layers]) => current && setApplied(appliedLayers(chosen, layers)),
      report,
    );
    return () => {
      current = false;
    };
  }, [agencyId, report]);

  if (agencyId === null || applied === null) return null;
  return (
    <Flex gap={4} wrap align="center" data-testid="working-days-basis">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        工作日按{workingDaysBasis(applied)}计算
      </Typography.Text>
      {applied.map((layer) => (
        <Tooltip
          key={layer.id}
          title={
            <>
              {layer.days.map((line) => (
                <div key={line}>{line}</div>
              ))}
              {layer.unverified && <div>录入时未能核对地方政府通知原文，以当年通知为准。</div>}
            </>
          }
        >
          <Tag
            color={layer.unverified ? 'orange' : 'default'}
            style={{ fontSize: 12, marginInlineEnd: 0, cursor: 'help' }}
            data-testid={`working-days-layer-${layer.id}`}
          >
            {layer.name}
            {layer.unverified ? '（未核对原文）' : ''}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
