import { Typography } from 'antd';
import { casePath } from '../cases/paths.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { importedFilePath } from './paths.ts';

/**
 * What a finding is about, as a link: its case by number, or — for an imported recording
 * no case holds yet (逾期未分配, 与执法无关) — 待分配音像, opening the file in the inbox.
 */
export function FindingSubjectLink({
  finding,
}: {
  finding: {
    readonly caseId: string | null;
    readonly caseNumber: string | null;
    readonly importedFileId?: string | null | undefined;
  };
}) {
  if (finding.caseId !== null) {
    return (
      <AppLink to={casePath(finding.caseId)} testId={`finding-case-${finding.caseNumber}`}>
        {finding.caseNumber}
      </AppLink>
    );
  }
  if (finding.importedFileId) {
    return (
      <AppLink to={importedFilePath(finding.importedFileId)} testId="finding-imported-file">
        待分配音像
      </AppLink>
    );
  }
  return <Typography.Text type="secondary">—</Typography.Text>;
}
