import { ACT_TYPE_LABELS, PROCEDURE_LABELS } from '@liuhen/domain';
import type { TableColumnsType } from 'antd';
import type { CaseSummary } from '../api/cases.ts';
import { AppLink } from '../ledger/AppLink.tsx';
import { formatChinaTime } from './china-time.ts';
import { casePath } from './paths.ts';
import { StageTag } from './StageTag.tsx';

export function caseColumns(
  departmentName: (id: string) => string | undefined,
): TableColumnsType<CaseSummary> {
  return [
    {
      title: '案号',
      dataIndex: 'caseNumber',
      width: 190,
      render: (value: string, row) => (
        // The link opens in a new tab too; a plain click is the row's.
        <span onClick={(event) => event.stopPropagation()}>
          <AppLink to={casePath(row.id)} testId={`case-link-${row.caseNumber}`}>
            {value}
          </AppLink>
        </span>
      ),
    },
    { title: '案件名称', dataIndex: 'name', ellipsis: true },
    {
      title: '执法类别',
      dataIndex: 'actType',
      width: 100,
      render: (value: CaseSummary['actType']) => ACT_TYPE_LABELS[value],
    },
    {
      title: '程序',
      dataIndex: 'procedure',
      width: 90,
      render: (value: CaseSummary['procedure']) => PROCEDURE_LABELS[value],
    },
    {
      title: '环节',
      dataIndex: 'stage',
      width: 120,
      render: (_: unknown, row) => (
        <StageTag stage={row.stage} closedInError={row.closedInErrorAt !== null} />
      ),
    },
    {
      title: '承办机构',
      dataIndex: 'departmentId',
      width: 160,
      ellipsis: true,
      render: (id: string) => departmentName(id) ?? '—',
    },
    {
      title: '启动时间',
      dataIndex: 'createdAt',
      width: 150,
      render: (value: string) => formatChinaTime(value),
    },
  ];
}
