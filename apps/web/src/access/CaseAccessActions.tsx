import { FileSearchOutlined, HistoryOutlined } from '@ant-design/icons';
import { recordTypeSpec } from '@liuhen/domain';
import { Button, Tag, Tooltip } from 'antd';
import { useMemo, useState } from 'react';
import type { CaseDetail } from '../api/cases.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { can } from '../cases/case-facts.ts';
import { useNow } from '../imports/use-now.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { AccessHistoryDrawer } from './AccessHistoryDrawer.tsx';
import { AccessRequestDrawer } from './AccessRequestDrawer.tsx';
import { GRANTABLE_PERMISSIONS, permissionLabel } from './access-labels.ts';
import { scopeText } from './access-rules.ts';
import { useCaseAccessRequests } from './use-case-access-requests.ts';

/**
 * The case page's access acts beside its title: the user's grants in force on it, 申请调阅
 * for what his role does not reach, and 访问记录 for those who answer for the case.
 */
export function CaseAccessActions({
  detail,
  refreshKey,
  onChanged,
}: {
  detail: CaseDetail;
  refreshKey: number;
  onChanged: () => void;
}) {
  const user = useCurrentUser();
  const row = detail.case;
  const { requests, reload } = useCaseAccessRequests(row.id, refreshKey);
  const [asking, setAsking] = useState({ open: false, key: 0 });
  const [history, setHistory] = useState({ open: false, key: 0 });

  const missing = GRANTABLE_PERMISSIONS.filter((permission) => !can(detail, permission));
  const now = useNow();
  const myGrants = requests.filter(
    (request) =>
      request.status === 'approved' &&
      request.grantee.userId === user.id &&
      Date.parse(request.decision?.validUntil ?? '') > now,
  );
  const names = useMemo(
    () =>
      new Map(
        detail.records.map((record) => [record.id, `《${recordTypeSpec(record.type).label}》`]),
      ),
    [detail.records],
  );
  const changed = () => {
    reload();
    onChanged();
  };

  return (
    <>
      {myGrants.map((grant) => (
        <Tooltip
          key={grant.id}
          title={`${grant.permissions.map(permissionLabel).join('、')}；${scopeText(grant.subjectIds)}`}
        >
          <Tag color="purple" data-testid="case-access-grant">
            已获调阅授权，至 {formatChinaTime(grant.decision?.validUntil)}
          </Tag>
        </Tooltip>
      ))}
      {can(detail, 'access:request') && missing.length > 0 && (
        <Button
          icon={<FileSearchOutlined />}
          onClick={() => setAsking((prev) => ({ open: true, key: prev.key + 1 }))}
          data-testid="case-access-request"
        >
          申请调阅
        </Button>
      )}
      {can(detail, 'access:export_history') && (
        <Button
          icon={<HistoryOutlined />}
          onClick={() => setHistory((prev) => ({ open: true, key: prev.key + 1 }))}
          data-testid="case-access-history"
        >
          访问记录
        </Button>
      )}
      <AccessRequestDrawer
        key={`ask-${asking.key}`}
        open={asking.open}
        caseId={row.id}
        caseNumber={row.caseNumber}
        permissions={missing.length > 0 ? missing : ['case:read']}
        onClose={() => setAsking((prev) => ({ ...prev, open: false }))}
        onSubmitted={() => {
          setAsking((prev) => ({ ...prev, open: false }));
          changed();
        }}
      />
      <AccessHistoryDrawer
        open={history.open}
        caseId={row.id}
        caseNumber={row.caseNumber}
        names={names}
        requests={requests}
        canRevoke={can(detail, 'access:revoke')}
        reloadKey={`${refreshKey}/${history.key}`}
        onClose={() => setHistory((prev) => ({ ...prev, open: false }))}
        onChanged={changed}
      />
    </>
  );
}
