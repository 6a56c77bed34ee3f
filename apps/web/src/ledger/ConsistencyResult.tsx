import { Alert, Flex, Typography } from 'antd';
import type { Problem } from '../api/problem.ts';
import { HashText } from './HashText.tsx';
import type { ConsistencyProof } from './ledger-api.ts';
import { logTitle } from './ledger-format.ts';

export type ConsistencyOutcome =
  | { readonly kind: 'proof'; readonly proof: ConsistencyProof }
  | { readonly kind: 'problem'; readonly problem: Problem };

/** The proof's hashes in order, or why the server gave none. */
export function ConsistencyResult({ outcome }: { outcome: ConsistencyOutcome }) {
  if (outcome.kind === 'problem') {
    const { title, detail } = outcome.problem;
    return (
      <Alert
        type="error"
        showIcon
        title={title}
        description={detail && detail !== title ? detail : undefined}
        data-testid="consistency-error"
      />
    );
  }

  const { logId, from, to, proof } = outcome.proof;
  const heading = `${logTitle(logId)}：树大小 ${from} → ${to} 的一致性证明，共 ${proof.length} 个哈希`;
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="baseline" gap={16} wrap>
        <Typography.Text strong>{heading}</Typography.Text>
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12 }}
          copyable={{
            text: JSON.stringify(outcome.proof, null, 2),
            tooltips: ['复制证明（JSON）', '已复制'],
          }}
        >
          复制证明（JSON）
        </Typography.Text>
      </Flex>
      {proof.length === 0 ? (
        <Typography.Text type="secondary" data-testid="consistency-proof">
          {from === to ? '两个树大小相同，证明为空：同一棵树无需证明。' : '证明为空。'}
        </Typography.Text>
      ) : (
        <ol data-testid="consistency-proof" style={{ margin: 0, paddingInlineStart: 28 }}>
          {proof.map((hash, index) => (
            <li key={index} style={{ lineHeight: '26px' }}>
              <HashText value={hash} visible={128} />
            </li>
          ))}
        </ol>
      )}
    </Flex>
  );
}
