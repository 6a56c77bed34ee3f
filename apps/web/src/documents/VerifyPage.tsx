import {
  CheckCircleFilled,
  CloseCircleFilled,
  InboxOutlined,
  StopOutlined,
} from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  Result,
  Spin,
  Typography,
  Upload,
} from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError, problemText } from '../api/problem.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import {
  compareDocumentFile,
  verifyDocumentCode,
  type DocumentFileComparison,
  type PublicDocument,
} from './documents-api.ts';
import { VERIFY_PATH } from './paths.ts';

const problemOf = (error: unknown) =>
  error instanceof ApiError ? problemText(error.problem) : '网络错误，请稍后重试。';

function DocumentFacts({ document }: { readonly document: PublicDocument }) {
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      styles={{ label: { width: 120 } }}
      items={[
        { key: 'title', label: '文书', children: document.title },
        {
          key: 'number',
          label: '文号',
          children: <span data-testid="verify-number">{document.number}</span>,
        },
        { key: 'agency', label: '签发机关', children: document.agencyName },
        { key: 'by', label: '签发人', children: document.issuedByName },
        { key: 'at', label: '签发时间', children: formatChinaTime(document.issuedAt) },
        { key: 'pages', label: '页数', children: `${document.pageCount} 页` },
        {
          key: 'sha',
          label: '文件摘要',
          children: (
            <Typography.Text code style={{ fontSize: 12, wordBreak: 'break-all' }}>
              SHA-256 {document.sha256}
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}

function StatusLine({ document }: { readonly document: PublicDocument }) {
  return document.status === 'issued' ? (
    <Alert
      type="success"
      showIcon
      icon={<CheckCircleFilled />}
      title="该文书由本系统签发，现行有效"
      data-testid="verify-status"
    />
  ) : (
    <Alert
      type="error"
      showIcon
      icon={<StopOutlined />}
      title={`该文书已于 ${formatChinaTime(document.voidedAt)} 作废`}
      description={`作废原因：${document.voidReason ?? '—'}`}
      data-testid="verify-status"
    />
  );
}

function ComparisonResult({
  result,
  identifying,
}: {
  readonly result: DocumentFileComparison;
  readonly identifying: boolean;
}) {
  if (identifying && !result.matches) {
    return (
      <Result
        status="warning"
        title="未找到一致的文书"
        subTitle="本系统签发的文书中，没有与该文件完全一致的。文件可能被修改过，或不是本系统签发的；请用文书上的核验码查询。"
        data-testid="verify-mismatch"
      />
    );
  }
  return result.matches ? (
    <Result
      status="success"
      icon={<CheckCircleFilled />}
      title="文件一致"
      subTitle="您上传的 PDF 与签发时存档的文件逐字节一致，未被改动。"
      data-testid="verify-match"
    />
  ) : (
    <Result
      status="error"
      icon={<CloseCircleFilled />}
      title="文件不一致"
      subTitle={`您上传的文件（SHA-256 ${result.sha256.slice(0, 16)}…）与签发存档的文件不同：可能被修改过，或不是该文书的 PDF。纸质文书请以扫码查询到的信息为准。`}
      data-testid="verify-mismatch"
    />
  );
}

/**
 * 文书核验, public: what a QR code on an issued document opens. It says whether the document
 * was issued, when and by whom, and checks an uploaded PDF against the stored original.
 * Nothing about the party: the holder already has the document.
 */
export function VerifyPage() {
  const { code } = useParams();
  // A new code starts afresh: nothing of the last lookup or upload carries over.
  return <VerifyPanel key={code ?? ''} code={code} />;
}

function VerifyPanel({ code }: { readonly code: string | undefined }) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code ?? '');
  const [document, setDocument] = useState<PublicDocument | null>(null);
  const [lookup, setLookup] = useState<'idle' | 'loading' | string>(
    code === undefined ? 'idle' : 'loading',
  );
  const [checking, setChecking] = useState(false);
  const [result, setResult] = useState<DocumentFileComparison | null>(null);
  const [uploadProblem, setUploadProblem] = useState<string | null>(null);

  useEffect(() => {
    if (code === undefined) return;
    let live = true;
    verifyDocumentCode(code).then(
      (found) => {
        if (!live) return;
        setDocument(found);
        setLookup('idle');
      },
      (error: unknown) => live && setLookup(problemOf(error)),
    );
    return () => {
      live = false;
    };
  }, [code]);

  const compare = async (file: File) => {
    setChecking(true);
    setUploadProblem(null);
    try {
      const compared = await compareDocumentFile(code ?? null, file);
      setResult(compared);
      if (code === undefined && compared.document !== null) setDocument(compared.document);
    } catch (error) {
      setUploadProblem(problemOf(error));
    } finally {
      setChecking(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto', width: '100%' }}>
      <Typography.Title level={3} style={{ textAlign: 'center', marginBottom: 0 }}>
        执法文书核验
      </Typography.Title>
      <Card size="small">
        <Flex gap={8}>
          <Input
            placeholder="请输入文书二维码下方的核验码，如 7KQ2-M9XD-4T0B"
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            onPressEnter={() => typed.trim() && void navigate(`${VERIFY_PATH}/${typed.trim()}`)}
            data-testid="verify-code-input"
          />
          <Button
            type="primary"
            onClick={() => typed.trim() && void navigate(`${VERIFY_PATH}/${typed.trim()}`)}
          >
            查询
          </Button>
        </Flex>
      </Card>
      {lookup === 'loading' && <Spin />}
      {lookup !== 'idle' && lookup !== 'loading' && (
        <Alert type="warning" showIcon title={lookup} data-testid="verify-not-found" />
      )}
      {document !== null && (
        <Card size="small" title="文书信息">
          <Flex vertical gap={12}>
            <StatusLine document={document} />
            <DocumentFacts document={document} />
          </Flex>
        </Card>
      )}
      <Card size="small" title="核对电子文件">
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {code === undefined
              ? '没有核验码时，上传文书 PDF，系统查找与之完全一致的已签发文书。'
              : '上传您收到的文书 PDF，系统比对它与签发时存档的文件是否完全一致。文件只用于比对，不会保存。'}
          </Typography.Text>
          <Upload.Dragger
            accept="application/pdf,.pdf"
            showUploadList={false}
            disabled={checking}
            beforeUpload={(file) => {
              void compare(file);
              return false;
            }}
            data-testid="verify-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>点击或将 PDF 文件拖到此处</p>
          </Upload.Dragger>
          {checking && <Spin />}
          {uploadProblem !== null && <Alert type="error" showIcon title={uploadProblem} />}
          {result !== null && <ComparisonResult result={result} identifying={code === undefined} />}
        </Flex>
      </Card>
    </Flex>
  );
}
