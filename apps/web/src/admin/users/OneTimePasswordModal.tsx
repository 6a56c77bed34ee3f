import { Alert, Button, Flex, Modal, Typography } from 'antd';
import type { UserWithOneTimePassword } from '../../api/types.ts';
import { InfoLine } from '../../common/InfoLine.tsx';

export interface OneTimePasswordNotice extends UserWithOneTimePassword {
  readonly title: string;
}

/** Shows a new one-time password, once; the administrator hands it over in person. */
export function OneTimePasswordModal({
  notice,
  onClose,
}: {
  notice: OneTimePasswordNotice | null;
  onClose: () => void;
}) {
  return (
    <Modal
      title={notice?.title}
      open={notice !== null}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button type="primary" onClick={onClose} data-testid="one-time-password-close">
          我已记下，关闭
        </Button>
      }
    >
      {notice && (
        <Flex vertical gap={16}>
          <InfoLine
            items={[
              { label: '姓名', value: notice.user.displayName },
              { label: '用户名', value: notice.user.username },
            ]}
          />
          <div>
            <Typography.Text type="secondary">一次性密码</Typography.Text>
            <div
              style={{
                marginTop: 4,
                padding: '12px 16px',
                background: '#fafafa',
                border: '1px solid #f0f0f0',
                borderRadius: 4,
              }}
            >
              <Typography.Text
                copyable={{ text: notice.oneTimePassword, tooltips: ['复制', '已复制'] }}
                style={{
                  fontFamily: "'SFMono-Regular', Consolas, 'Liberation Mono', Menlo, monospace",
                  fontSize: 24,
                  letterSpacing: 1,
                }}
                data-testid="one-time-password"
              >
                {notice.oneTimePassword}
              </Typography.Text>
            </div>
          </div>
          <Alert
            type="warning"
            showIcon
            title="请将一次性密码当面交给用户，首次登录须修改密码。此密码只显示这一次。"
          />
        </Flex>
      )}
    </Modal>
  );
}
