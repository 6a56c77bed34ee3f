import { Tag } from 'antd';
import type { CaseRecordView } from '../api/cases.ts';
import { recordMarks } from './record-marks.ts';

/** 密级 of a record that is not 普通, so that whoever reads or passes it on handles it so. */
export function RecordConfidentialityTag({ record }: { record: CaseRecordView }) {
  const { level } = recordMarks(record);
  if (level === null) return null;
  return (
    <Tag color="orange" data-testid="record-confidentiality-tag">
      {level}
    </Tag>
  );
}
