import { Flex, Tag, Tooltip } from 'antd';
import { deadlineTag } from './import-format.ts';
import { STATUS_INFO } from './import-labels.ts';
import type { ImportedFileView } from './imports-api.ts';

/** 状态, and for a file waiting to be placed, its deadline (逾期 red / 剩余 x 小时). */
export function ImportStatusTags({
  file,
  now,
}: {
  file: Pick<ImportedFileView, 'status' | 'dueAt' | 'overdue'>;
  now: number;
}) {
  const info = STATUS_INFO[file.status];
  const deadline = file.status === 'unassigned' ? deadlineTag(file, now) : null;
  return (
    <Flex gap={4} wrap>
      <Tooltip title={info.hint}>
        <Tag color={info.color} style={{ marginInlineEnd: 0 }} data-testid="import-status">
          {info.label}
        </Tag>
      </Tooltip>
      {deadline && (
        <Tooltip title="应在期限内分配到案件（标明案号、当事人、承办人）或排除（003 第二十九条）">
          <Tag color={deadline.color} style={{ marginInlineEnd: 0 }} data-testid="import-deadline">
            {deadline.text}
          </Tag>
        </Tooltip>
      )}
    </Flex>
  );
}
