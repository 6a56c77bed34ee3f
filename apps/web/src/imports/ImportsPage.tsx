import { Result } from 'antd';
import { useCurrentUser } from '../auth/session-context.ts';
import { ImportsInbox } from './ImportsInbox.tsx';

/**
 * 音像导入. The inbox is an agency's: a supervisor or administrator bound to no agency is
 * told where the imports show for them instead of being refused by every request.
 */
export function ImportsPage() {
  const user = useCurrentUser();
  if (user.agencyId === null) {
    return (
      <Result
        status="info"
        title="音像导入属于执法机关的工作"
        subTitle="各机关导入的音像由本机关人员分配和登记；逾期未分配、与执法无关的情况显示在“检查发现”中。"
      />
    );
  }
  return <ImportsInbox agencyId={user.agencyId} />;
}
