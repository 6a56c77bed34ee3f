import { Popover, Spin, Tag, Typography } from 'antd';
import { useEffect, useState, type CSSProperties } from 'react';
import { call } from '../api/client.ts';
import type { PathOf, Schema } from '../api/types.ts';
import { citationArticle, citationLabel, type CitationLike } from './citation.ts';

type Article = Schema<'RegulationArticle'>;
/** The library's ids (REGULATION_SOURCES), as the API document lists them. */
type RegulationId = PathOf<'getRegulationArticle'>['regulationId'];

/**
 * Articles already asked for, for the whole page: a list of findings cites the same few
 * articles many times, and the texts change only with a release.
 */
const fetched = new Map<string, Promise<Article>>();

function fetchArticle(regulationId: string, article: string): Promise<Article> {
  const key = `${regulationId} ${article}`;
  let answer = fetched.get(key);
  if (answer === undefined) {
    answer = call('getRegulationArticle', {
      path: { regulationId: regulationId as RegulationId, article },
    });
    // A failure is not kept: the next hover asks again.
    answer.catch(() => fetched.delete(key));
    fetched.set(key, answer);
  }
  return answer;
}

function ArticleText({ regulationId, article }: { regulationId: string; article: string }) {
  const [state, setState] = useState<Article | 'failed' | undefined>(undefined);
  useEffect(() => {
    let current = true;
    fetchArticle(regulationId, article).then(
      (found) => current && setState(found),
      () => current && setState('failed'),
    );
    return () => {
      current = false;
    };
  }, [regulationId, article]);

  if (state === undefined) return <Spin size="small" />;
  if (state === 'failed') {
    return <Typography.Text type="secondary">暂时无法读取条文，请稍后重试。</Typography.Text>;
  }
  return (
    <div style={{ maxWidth: 480, maxHeight: 320, overflowY: 'auto' }} data-testid="citation-text">
      {state.paragraphs.map((paragraph, i) => (
        <Typography.Paragraph key={i} style={{ marginBottom: 6, fontSize: 13 }}>
          {i === 0 ? (
            <>
              <Typography.Text strong>{state.article}</Typography.Text> {paragraph}
            </>
          ) : (
            paragraph
          )}
        </Typography.Paragraph>
      ))}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        ——《{state.title}》
      </Typography.Text>
    </div>
  );
}

/**
 * A cited article as a tag: the regulation's short title and the article, and on hover or
 * focus the article's text, fetched from the regulation library when first shown (keeping the
 * five texts out of the web bundle).
 */
export function CitationTag({
  citation,
  testId,
  style,
}: {
  citation: CitationLike;
  testId?: string;
  style?: CSSProperties;
}) {
  const label = citationLabel(citation);
  const target = citationArticle(citation);
  const tag = (
    <Tag
      variant="outlined"
      style={{ fontSize: 12, marginInlineEnd: 0, ...style, ...(target ? { cursor: 'help' } : {}) }}
      data-testid={testId}
      data-seed={citation.seed}
      tabIndex={target ? 0 : undefined}
    >
      {label}
    </Tag>
  );
  if (target === undefined) return tag;
  return (
    <Popover
      title={label}
      trigger={['hover', 'focus', 'click']}
      destroyOnHidden
      content={<ArticleText regulationId={target.regulationId} article={target.article} />}
    >
      {tag}
    </Popover>
  );
}
