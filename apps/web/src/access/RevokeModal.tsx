import { App } from 'antd';
import { NoteModal } from '../cases/NoteModal.tsx';
import { revokeAccessRequest, type AccessRequest } from './access-api.ts';

/** 撤销授权: ends a grant at once, with the reason on the ledger. */
export function RevokeModal({
  open,
  request,
  onClose,
  onRevoked,
}: {
  open: boolean;
  /** Mount afresh for each request (key). */
  request: AccessRequest | null;
  onClose: () => void;
  onRevoked: (request: AccessRequest) => void;
}) {
  const { message } = App.useApp();
  const revoke = async (reason: string) => {
    if (!request) return;
    const revoked = await revokeAccessRequest(request.id, reason);
    void message.success('授权已撤销，即时生效');
    onRevoked(revoked);
  };
  return (
    <NoteModal
      open={open}
      title="撤销授权"
      intro={`撤销 ${request?.grantee.displayName ?? ''} 对 ${request?.caseNumber ?? ''} 的调阅授权。撤销即时生效，正在进行的查看也随之中止；此操作记入留痕日志，不能恢复。`}
      label="撤销理由"
      minLength={2}
      okText="撤销授权"
      danger
      testId="access-revoke"
      onSubmit={revoke}
      onClose={onClose}
    />
  );
}
