import { QuestionCircleOutlined } from '@ant-design/icons';
import type { PolicyProfile } from '@liuhen/domain';
import { Flex, Popover, Tag, Typography } from 'antd';
import { profileCitationText } from '../cases/labels.ts';
import { storageDeadlineText } from './av-profile.ts';

/** What the case's regulation requires on audio-video, and by when it must be stored. */
export function AvDutiesPopover({ profile }: { profile: PolicyProfile | undefined }) {
  const acts = profile?.mandatoryAvActs ?? [];
  const deadline = storageDeadlineText(profile);
  if (acts.length === 0 && !deadline) return null;
  return (
    <Popover
      title={`${profile?.name ?? '本制度'}：应当音像记录的执法活动`}
      content={
        <Flex vertical gap={4} style={{ maxWidth: 460 }} data-testid="av-duties">
          {acts.map((act) => (
            <Flex key={act.value} gap={8} justify="space-between" align="baseline">
              <span>{act.value}</span>
              <Tag variant="outlined" style={{ fontSize: 12, marginInlineEnd: 0 }}>
                {profileCitationText(act.citation)}
              </Tag>
            </Flex>
          ))}
          {deadline && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginTop: 4 }}>
              {deadline}
            </Typography.Text>
          )}
        </Flex>
      }
    >
      <QuestionCircleOutlined
        style={{ color: '#8c8c8c', cursor: 'help' }}
        aria-label="应当音像记录的执法活动"
      />
    </Popover>
  );
}
