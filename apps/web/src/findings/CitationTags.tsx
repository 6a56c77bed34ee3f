import { Flex } from 'antd';
import type { FindingCitation } from '../api/cases.ts';
import { CitationTag } from '../common/CitationTag.tsx';

/** The articles a finding rests on, as small tags. */
export function CitationTags({ citations }: { citations: readonly FindingCitation[] }) {
  if (citations.length === 0) return <span style={{ color: '#bfbfbf' }}>—</span>;
  return (
    <Flex gap={4} wrap>
      {citations.map((citation) => (
        <CitationTag key={citation.text} citation={citation} testId="finding-citation" />
      ))}
    </Flex>
  );
}
