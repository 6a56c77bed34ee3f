import { Tag } from 'antd';
import { INCIDENT_KIND_COLORS, INCIDENT_KIND_LABELS } from './incident-labels.ts';
import type { IncidentKind } from './incidents-api.ts';

export function IncidentKindTag({ kind }: { kind: IncidentKind }) {
  return (
    <Tag
      color={INCIDENT_KIND_COLORS[kind]}
      style={{ marginInlineEnd: 0 }}
      data-testid="incident-kind"
    >
      {INCIDENT_KIND_LABELS[kind]}
    </Tag>
  );
}
