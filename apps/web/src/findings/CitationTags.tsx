import { Flex, Tag } from 'antd';
import type { FindingCitation } from '../api/cases.ts';

/** The articles a finding rests on, as small tags. */
export function CitationTags({ citations }: { citations: readonly FindingCitation[] }) {
  if (citations.length === 0) return <span style={{ color: '#bfbfbf' }}>—</span>;
  return (
    <Flex gap={4} wrap>
      {citations.map((citation) => (
        <Tag
          key={citation.text}
          variant="outlined"
          style={{ fontSize: 12, marginInlineEnd: 0 }}
          data-testid="finding-citation"
        >
          {citation.text}
        </Tag>
      ))}
    </Flex>
  );
}
