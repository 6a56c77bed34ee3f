import { EditOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { SignaturePadModal } from './SignaturePadModal.tsx';
import { SIGNER_LABELS } from './signature-labels.ts';
import { signatureImageUrl, type SignatureRole } from './signatures-api.ts';
import { useRecordSignatures } from './use-record-signatures.ts';

/**
 * The signature lines of a record's document: 当事人签名 / 执法人员签名 / 见证人签名 … for
 * those who work on the case while the document is not issued, and the signatures taken
 * (the newest of each line, which the document prints).
 */
export function RecordSignaturesBlock({
  recordId,
  canSign,
  signerDefaults,
  refreshKey,
}: {
  readonly recordId: string;
  /** Works on the case, this is the current version, and no live document fixes them. */
  readonly canSign: boolean;
  /** The name each line's signer is likely to have (the party's, the officers'). */
  readonly signerDefaults: Partial<Record<SignatureRole, string>>;
  /** Changes when the record's documents change (issued, voided). */
  readonly refreshKey: string;
}) {
  const { message } = App.useApp();
  const { signatures, reload } = useRecordSignatures(recordId, refreshKey);
  const [signing, setSigning] = useState<SignatureRole | null>(null);
  if (signatures === null || signatures.roles.length === 0) return null;
  const current = signatures.items.filter((item) => item.current);
  const signable = canSign && signatures.issuedNumber === null;

  return (
    <Flex vertical gap={8} data-testid="record-signatures">
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        签名
        {signatures.issuedNumber !== null && '（已随文书签发固定）'}
      </Typography.Text>
      {current.length > 0 && (
        <Flex gap={8} wrap>
          {current.map((item) => (
            <Flex
              key={item.id}
              vertical
              align="center"
              gap={2}
              style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: 4 }}
            >
              <img
                src={signatureImageUrl(item.id)}
                alt={`${SIGNER_LABELS[item.role]}签名`}
                data-testid={`signature-thumb-${item.role}`}
                style={{ width: 120, height: 48, objectFit: 'contain', background: '#fff' }}
              />
              <Typography.Text style={{ fontSize: 12 }}>
                {SIGNER_LABELS[item.role]}：{item.signerName}
              </Typography.Text>
              {item.method === 'scan' && <Tag style={{ marginInlineEnd: 0 }}>扫描件</Tag>}
            </Flex>
          ))}
        </Flex>
      )}
      {signable && (
        <Flex gap={8} wrap>
          {signatures.roles.map(({ role }) => {
            const signed = current.some((item) => item.role === role);
            return (
              <Button
                key={role}
                icon={<EditOutlined />}
                onClick={() => setSigning(role)}
                data-testid={`signature-open-${role}`}
              >
                {SIGNER_LABELS[role]}
                {signed ? '重新签名' : '签名'}
              </Button>
            );
          })}
        </Flex>
      )}
      <SignaturePadModal
        recordId={recordId}
        role={signing}
        defaultName={signing === null ? '' : (signerDefaults[signing] ?? '')}
        onClose={() => setSigning(null)}
        onCaptured={(signature) => {
          setSigning(null);
          void message.success(`已保存${SIGNER_LABELS[signature.role]}签名`);
          reload();
        }}
      />
    </Flex>
  );
}
