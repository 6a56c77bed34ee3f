import { ClearOutlined, EditOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Modal, Segmented, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { SIGNER_LABELS } from './signature-labels.ts';
import { base64Of, scanAsPng, trimmedDrawing } from './signature-png.ts';
import {
  captureRecordSignature,
  type RecordSignature,
  type SignatureRole,
} from './signatures-api.ts';

type Method = 'screen' | 'scan';

/**
 * The canvas at the device's pixel density, the strokes kept across a resize (a phone
 * turned sideways, the keyboard opening): without this the drawing is blurred on a phone
 * and the pen lands away from the finger after a rotation.
 */
function fitCanvas(canvas: HTMLCanvasElement, pad: SignaturePad) {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  const width = Math.round(canvas.offsetWidth * ratio);
  const height = Math.round(canvas.offsetHeight * ratio);
  if (width === 0 || height === 0 || (canvas.width === width && canvas.height === height)) return;
  const strokes = pad.toData();
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.scale(ratio, ratio);
  pad.clear();
  pad.fromData(strokes);
}

/** The drawing area: signature_pad on a full-width canvas that fingers and styluses draw on. */
interface Pad {
  readonly pad: SignaturePad;
  readonly canvas: HTMLCanvasElement;
}

function PadCanvas({
  onPad,
  onStroke,
}: {
  readonly onPad: (pad: Pad | null) => void;
  readonly onStroke: () => void;
}) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null) return;
    const pad = new SignaturePad(canvas, { minWidth: 1, maxWidth: 3.2, penColor: '#000' });
    pad.addEventListener('endStroke', onStroke);
    fitCanvas(canvas, pad);
    const observer = new ResizeObserver(() => fitCanvas(canvas, pad));
    observer.observe(canvas);
    onPad({ pad, canvas });
    return () => {
      observer.disconnect();
      pad.removeEventListener('endStroke', onStroke);
      pad.off();
      onPad(null);
    };
  }, [onPad, onStroke]);
  return (
    <canvas
      ref={canvasRef}
      data-testid="signature-pad"
      aria-label="签名框"
      style={{
        display: 'block',
        width: '100%',
        height: 'min(45vh, 260px)',
        minHeight: 160,
        touchAction: 'none',
        userSelect: 'none',
        border: '1px dashed #8c8c8c',
        borderRadius: 6,
        background: '#fff',
        cursor: 'crosshair',
      }}
    />
  );
}

/**
 * 签名: the signer draws in the box on the phone or tablet (or the officer uploads a scan of
 * a signature, 指印 or 印章), types the name, and confirms; the image is stored write-once.
 */
export function SignaturePadModal({
  recordId,
  role,
  defaultName,
  onClose,
  onCaptured,
}: {
  readonly recordId: string;
  /** The line being signed; null: closed. */
  readonly role: SignatureRole | null;
  readonly defaultName: string;
  readonly onClose: () => void;
  readonly onCaptured: (signature: RecordSignature) => void;
}) {
  return (
    <Modal
      title={role === null ? '签名' : `${SIGNER_LABELS[role]}签名`}
      open={role !== null}
      onCancel={onClose}
      width={760}
      centered
      destroyOnHidden
      footer={null}
    >
      {role !== null && (
        <SignatureForm
          key={role}
          recordId={recordId}
          role={role}
          defaultName={defaultName}
          onClose={onClose}
          onCaptured={onCaptured}
        />
      )}
    </Modal>
  );
}

/** The modal's content, mounted afresh for each line signed. */
function SignatureForm({
  recordId,
  role,
  defaultName,
  onClose,
  onCaptured,
}: {
  readonly recordId: string;
  readonly role: SignatureRole;
  readonly defaultName: string;
  readonly onClose: () => void;
  readonly onCaptured: (signature: RecordSignature) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<{ signerName: string }>();
  const onError = useFormErrorHandler(form, { fields: ['signerName'] });
  const [method, setMethod] = useState<Method>('screen');
  const [pad, setPad] = useState<Pad | null>(null);
  const [drawn, setDrawn] = useState(false);
  const [scan, setScan] = useState<{ png: Blob; url: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const fileInput = useRef<HTMLInputElement | null>(null);
  const signer = SIGNER_LABELS[role];

  useEffect(() => () => (scan === null ? undefined : URL.revokeObjectURL(scan.url)), [scan]);

  const onStroke = useCallback(() => setDrawn(true), []);
  const clear = () => {
    pad?.pad.clear();
    setDrawn(false);
  };

  const chooseScan = async (file: File | undefined) => {
    if (file === undefined) return;
    try {
      const png = await scanAsPng(file);
      setScan({ png, url: URL.createObjectURL(png) });
    } catch (error) {
      void message.error(error instanceof Error ? error.message : '无法读取该图片。');
    }
  };

  /** The PNG to send, or null after telling the clerk what is missing. */
  const imageToSend = async (): Promise<Blob | null> => {
    if (method === 'scan') {
      if (scan === null) void message.warning('请先选择扫描件图片。');
      return scan?.png ?? null;
    }
    const png = pad === null || pad.pad.isEmpty() ? null : await trimmedDrawing(pad.canvas);
    if (png === null) void message.warning(`请${signer}在框内签名后再确认。`);
    return png;
  };

  const submit = async ({ signerName }: { signerName: string }) => {
    const png = await imageToSend();
    if (png === null) return;
    setSaving(true);
    try {
      const captured = await captureRecordSignature(recordId, {
        role,
        signerName,
        method,
        imagePng: await base64Of(png),
      });
      onCaptured(captured);
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={12}>
      <Segmented<Method>
        value={method}
        onChange={setMethod}
        options={[
          { value: 'screen', label: '屏幕签名', icon: <EditOutlined /> },
          { value: 'scan', label: '上传签名/指印/印章扫描件', icon: <UploadOutlined /> },
        ]}
        data-testid="signature-method"
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ signerName: defaultName }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="signerName"
          label="签名人姓名"
          rules={[{ required: true, whitespace: true, message: '请填写签名人姓名' }]}
          style={{ marginBottom: 0 }}
        >
          <Input maxLength={100} autoComplete="off" data-testid="signature-signer-name" />
        </Form.Item>
      </Form>
      {method === 'screen' ? (
        <Flex vertical gap={4}>
          <Typography.Text strong data-testid="signature-prompt">
            请{signer}在框内签名
          </Typography.Text>
          <PadCanvas onPad={setPad} onStroke={onStroke} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {drawn
              ? '签好后请点“确认”；写错了可点“清除”重签。'
              : '可用手指或触控笔书写；确认后签名图像存档，不能修改（可重新签名，以最新的为准）。'}
          </Typography.Text>
        </Flex>
      ) : (
        <Flex vertical gap={8}>
          <Alert
            type="info"
            showIcon
            message="选择 PNG 或 JPEG 图片，系统转换为 PNG 后存档（不超过 512 KB，过大时自动缩小）。"
          />
          <input
            ref={fileInput}
            type="file"
            accept="image/png,image/jpeg"
            style={{ display: 'none' }}
            onChange={(event) => void chooseScan(event.target.files?.[0])}
            data-testid="signature-scan-input"
          />
          <Button icon={<UploadOutlined />} onClick={() => fileInput.current?.click()}>
            选择图片
          </Button>
          {scan !== null && (
            <img
              src={scan.url}
              alt="扫描件预览"
              style={{ maxWidth: '100%', maxHeight: 240, objectFit: 'contain' }}
            />
          )}
        </Flex>
      )}
      <Flex gap={8} justify="end" wrap>
        {method === 'screen' && (
          <Button icon={<ClearOutlined />} onClick={clear} data-testid="signature-clear">
            清除
          </Button>
        )}
        <Button onClick={onClose}>取消</Button>
        <Button
          type="primary"
          loading={saving}
          onClick={() => form.submit()}
          data-testid="signature-confirm"
        >
          确认
        </Button>
      </Flex>
    </Flex>
  );
}
