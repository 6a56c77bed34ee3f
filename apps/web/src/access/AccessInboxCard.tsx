import { FileSearchOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { listMyAccessRequests } from './access-api.ts';
import { accessRequestsPath } from './paths.ts';

/**
 * On the home page of a head: how many 调阅申请 wait for his decision. Nothing when none
 * wait (officers, most days), and nothing when the count cannot be read (the page says so).
 */
export function AccessInboxCard() {
  const navigate = useNavigate();
  const [waiting, setWaiting] = useState(0);
  useEffect(() => {
    let live = true;
    listMyAccessRequests().then(
      ({ toDecide }) => live && setWaiting(toDecide.length),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  if (waiting === 0) return null;
  return (
    <Alert
      type="info"
      showIcon
      icon={<FileSearchOutlined />}
      title={`有 ${waiting} 件调阅申请待您审批`}
      action={
        <Button
          size="small"
          type="primary"
          onClick={() => void navigate(accessRequestsPath('to-decide'))}
          data-testid="home-access-to-decide"
        >
          去审批
        </Button>
      }
      data-testid="home-access-inbox"
      data-count={waiting}
    />
  );
}
