import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Flex, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { ApiError, problemText } from '../api/problem.ts';
import { isAbort } from '../api/use-report-error.ts';

export interface PreviewSource {
  readonly title: string;
  /** The file name a download is saved under. */
  readonly fileName: string;
  readonly load: (signal: AbortSignal) => Promise<{ blob: Blob; missing?: readonly string[] }>;
}

type State =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly url: string; readonly missing: readonly string[] }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * 打印预览: the PDF exactly as the server makes it, in the browser's own viewer, with 打印
 * (the PDF in a tab of its own, where the viewer prints it) and 下载. A draft says above it what issuing will still ask for.
 */
export function DocumentPreviewDrawer({
  source,
  onClose,
}: {
  readonly source: PreviewSource | null;
  readonly onClose: () => void;
}) {
  return (
    <Drawer
      title={source?.title ?? ''}
      open={source !== null}
      onClose={onClose}
      size={900}
      destroyOnHidden
    >
      {source !== null && <PreviewBody source={source} />}
    </Drawer>
  );
}

function PreviewBody({ source }: { readonly source: PreviewSource }) {
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    let url: string | null = null;
    source
      .load(controller.signal)
      .then(({ blob, missing }) => {
        url = URL.createObjectURL(blob);
        setState({ kind: 'ready', url, missing: missing ?? [] });
      })
      .catch((error: unknown) => {
        if (isAbort(error)) return;
        setState({
          kind: 'failed',
          message:
            error instanceof ApiError ? problemText(error.problem) : '生成文书失败，请稍后重试。',
        });
      });
    return () => {
      controller.abort();
      if (url !== null) URL.revokeObjectURL(url);
    };
  }, [source]);

  if (state.kind === 'loading') {
    return (
      <Flex vertical align="center" justify="center" gap={12} style={{ height: '100%' }}>
        <Spin size="large" />
        <span>正在生成文书…</span>
      </Flex>
    );
  }
  if (state.kind === 'failed') {
    return <Result status="warning" title="无法生成文书" subTitle={state.message} />;
  }
  return (
    <Flex vertical gap={12} style={{ height: '100%' }}>
      <Flex gap={8} justify="flex-end">
        {/* The browser's own viewer, in a tab of its own, prints the PDF exactly as issued. */}
        <Button
          icon={<PrinterOutlined />}
          href={state.url}
          target="_blank"
          rel="noopener"
          data-testid="document-print"
        >
          打印
        </Button>
        <Button icon={<DownloadOutlined />} href={state.url} download={source.fileName}>
          下载
        </Button>
      </Flex>
      {state.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`签发前还需补全：${state.missing.join('、')}`}
          data-testid="document-missing"
        />
      )}
      <iframe
        src={state.url}
        title={source.title}
        style={{ flex: 1, width: '100%', minHeight: 600, border: '1px solid #f0f0f0' }}
        data-testid="document-preview"
      />
    </Flex>
  );
}
