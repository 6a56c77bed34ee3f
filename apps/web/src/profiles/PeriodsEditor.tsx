import {
  DEADLINE_STARTS,
  DURATION_UNITS,
  formatDuration,
  type ValueCitation,
} from '@liuhen/domain';
import { Button, Descriptions, InputNumber, Select, Space, Typography } from 'antd';
import type { ProfileEdit } from '../api/agency-profiles.ts';
import { CitationInput } from './CitationInput.tsx';

const UNIT_OPTIONS = DURATION_UNITS.map((unit) => ({
  value: unit,
  label: formatDuration({ amount: 1, unit }).replace(/^1 /, ''),
}));

const START_LABELS: Readonly<Record<(typeof DEADLINE_STARTS)[number], string>> = {
  recording_completed: '自拍摄结束',
  return_to_unit: '自返回单位',
  act_concluded: '自执法行为终结',
  emergency_launch: '自紧急启动',
  decision_made: '自作出决定',
  decision_revoked: '自决定被撤销',
  published: '自公示',
  correction_requested: '自申请更正',
};
const START_OPTIONS = DEADLINE_STARTS.map((value) => ({ value, label: START_LABELS[value] }));

type DeadlineKey = 'archivingDeadline' | 'avStorageDeadline';
const DEADLINES: readonly {
  key: DeadlineKey;
  label: string;
  from: (typeof DEADLINE_STARTS)[number];
}[] = [
  { key: 'archivingDeadline', label: '归档期限', from: 'act_concluded' },
  { key: 'avStorageDeadline', label: '音像资料存储期限', from: 'recording_completed' },
];

/**
 * The periods an agency may set itself: when a case file is archived, when recordings are
 * stored, how long they are kept. A period left out is "本制度未规定": national law's, where it
 * has one, still applies (see the effective values).
 */
export function PeriodsEditor({
  draft,
  onChange,
  sources,
  editable,
  defaultCitation,
}: {
  draft: ProfileEdit;
  onChange: (next: ProfileEdit) => void;
  sources: readonly { value: string; label: string }[];
  editable: boolean;
  defaultCitation: ValueCitation;
}) {
  const without = (key: DeadlineKey | 'avRetentionMinimum'): ProfileEdit => {
    const next = { ...draft };
    delete next[key];
    return next;
  };
  const unset = (key: string) =>
    editable ? (
      <Typography.Text type="secondary">
        本制度未规定{' '}
        <Button
          size="small"
          type="link"
          data-testid={`period-add-${key}`}
          onClick={() =>
            onChange(
              key === 'avRetentionMinimum'
                ? {
                    ...draft,
                    avRetentionMinimum: {
                      value: { amount: 6, unit: 'months' },
                      citation: defaultCitation,
                    },
                  }
                : {
                    ...draft,
                    [key]: {
                      value: { amount: 30, unit: 'calendar_days' },
                      from: DEADLINES.find((d) => d.key === key)!.from,
                      citation: defaultCitation,
                    },
                  },
            )
          }
        >
          规定期限
        </Button>
      </Typography.Text>
    ) : (
      <Typography.Text type="secondary">本制度未规定</Typography.Text>
    );

  const retention = draft.avRetentionMinimum;
  return (
    <Descriptions column={1} bordered size="small" data-testid="periods">
      {DEADLINES.map(({ key, label }) => {
        const deadline = draft[key];
        return (
          <Descriptions.Item key={key} label={label}>
            {deadline === undefined ? (
              unset(key)
            ) : (
              <Space wrap>
                <Select
                  value={deadline.from}
                  options={START_OPTIONS}
                  disabled={!editable}
                  style={{ width: 150 }}
                  onChange={(from) => onChange({ ...draft, [key]: { ...deadline, from } })}
                />
                <InputNumber
                  data-testid={`period-${key}-amount`}
                  min={1}
                  value={deadline.value.amount}
                  disabled={!editable}
                  onChange={(amount) =>
                    amount !== null &&
                    onChange({
                      ...draft,
                      [key]: { ...deadline, value: { ...deadline.value, amount } },
                    })
                  }
                />
                <Select
                  value={deadline.value.unit}
                  options={UNIT_OPTIONS}
                  disabled={!editable}
                  style={{ width: 110 }}
                  onChange={(unit) =>
                    onChange({
                      ...draft,
                      [key]: { ...deadline, value: { ...deadline.value, unit } },
                    })
                  }
                />
                <span style={{ display: 'inline-block', width: 300 }}>
                  <CitationInput
                    testId={`period-${key}-citation`}
                    value={deadline.citation}
                    sources={sources}
                    disabled={!editable}
                    onChange={(citation) =>
                      onChange({ ...draft, [key]: { ...deadline, citation } })
                    }
                  />
                </span>
                {editable && (
                  <Button size="small" type="link" danger onClick={() => onChange(without(key))}>
                    取消规定
                  </Button>
                )}
              </Space>
            )}
          </Descriptions.Item>
        );
      })}
      <Descriptions.Item label="音像资料保存期限（不少于）">
        {retention === undefined ? (
          unset('avRetentionMinimum')
        ) : (
          <Space wrap>
            <InputNumber
              data-testid="period-avRetentionMinimum-amount"
              min={1}
              value={retention.value.amount}
              disabled={!editable}
              onChange={(amount) =>
                amount !== null &&
                onChange({
                  ...draft,
                  avRetentionMinimum: { ...retention, value: { ...retention.value, amount } },
                })
              }
            />
            <Select
              value={retention.value.unit}
              options={UNIT_OPTIONS}
              disabled={!editable}
              style={{ width: 110 }}
              onChange={(unit) =>
                onChange({
                  ...draft,
                  avRetentionMinimum: { ...retention, value: { ...retention.value, unit } },
                })
              }
            />
            <span style={{ display: 'inline-block', width: 300 }}>
              <CitationInput
                testId="period-avRetentionMinimum-citation"
                value={retention.citation}
                sources={sources}
                disabled={!editable}
                onChange={(citation) =>
                  onChange({ ...draft, avRetentionMinimum: { ...retention, citation } })
                }
              />
            </span>
            {editable && (
              <Button
                size="small"
                type="link"
                danger
                onClick={() => onChange(without('avRetentionMinimum'))}
              >
                取消规定
              </Button>
            )}
          </Space>
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}
