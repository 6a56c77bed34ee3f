import {
  Alert,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Result,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useFormErrorHandler } from '../api/form-errors.ts';
import { useReportError } from '../api/use-report-error.ts';
import { useCurrentUser } from '../auth/session-context.ts';
import { Page } from '../common/Page.tsx';
import { formatChinaTime } from '../cases/china-time.ts';
import {
  getDocumentSettings,
  saveDocumentSettings,
  type DocumentSettings,
} from './documents-api.ts';
import { DOCUMENT_SETTINGS_EDITOR_ROLES } from './paths.ts';
import { DocumentTemplatesTab } from './templates/DocumentTemplatesTab.tsx';

interface SettingsForm {
  masthead: string;
  reconsiderationBody: string;
  court: string;
  paymentInstructions: string;
  numberPatterns: Record<string, string | undefined>;
}

const FIELDS = [
  'masthead',
  'reconsiderationBody',
  'court',
  'paymentInstructions',
  'numberPatterns',
];

/**
 * 文书设置: what the agency's documents say of it — its name as on the seal, where a party
 * appeals (行政复议机关, 人民法院), how fines are paid — and the 文号 pattern of each kind.
 * Each save is a new version on the ledger; documents issued before keep what they said.
 */
export function DocumentSettingsPage() {
  const user = useCurrentUser();
  const agencyId = user.agencyId;
  const editable = user.roles.some((role) => DOCUMENT_SETTINGS_EDITOR_ROLES.includes(role));
  const [settings, setSettings] = useState<DocumentSettings | null>(null);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<SettingsForm>();
  const report = useReportError();
  const onError = useFormErrorHandler(form, { fields: FIELDS });
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'templates' ? 'templates' : 'settings';

  useEffect(() => {
    if (agencyId === null) return;
    getDocumentSettings(agencyId).then(setSettings, report);
  }, [agencyId, report]);

  useEffect(() => {
    if (settings === null) return;
    form.setFieldsValue({
      masthead: settings.masthead,
      reconsiderationBody: settings.reconsiderationBody ?? '',
      court: settings.court ?? '',
      paymentInstructions: settings.paymentInstructions,
      numberPatterns: { ...settings.numberPatterns },
    });
  }, [settings, form]);

  if (agencyId === null) {
    return (
      <Result
        status="info"
        title="文书设置属于执法机关"
        subTitle="请以执法机关的账号登录后设置。"
      />
    );
  }
  if (settings === null) return <Spin />;

  const save = async (values: SettingsForm) => {
    setSaving(true);
    try {
      const numberPatterns = Object.fromEntries(
        Object.entries(values.numberPatterns ?? {}).filter(
          (entry): entry is [string, string] =>
            typeof entry[1] === 'string' && entry[1].trim() !== '',
        ),
      );
      setSettings(
        await saveDocumentSettings(agencyId, {
          expectedVersion: settings.version,
          masthead: values.masthead,
          reconsiderationBody: values.reconsiderationBody,
          court: values.court,
          paymentInstructions: values.paymentInstructions ?? '',
          numberPatterns,
        }),
      );
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  const settingsForm = (
    <Form
      form={form}
      layout="vertical"
      disabled={!editable}
      onFinish={(values) => void save(values)}
    >
      <Flex vertical gap={16}>
        {settings.reconsiderationBody === null && (
          <Alert
            type="warning"
            showIcon
            title="行政处罚决定书应当载明申请行政复议、提起行政诉讼的途径和期限（《行政处罚法》第五十九条）。请填写行政复议机关和人民法院。"
          />
        )}
        <Card size="small" title="机关信息">
          <Form.Item
            name="masthead"
            label="发文机关全称（与印章一致）"
            rules={[{ required: true, message: '请填写发文机关全称' }]}
          >
            <Input maxLength={60} data-testid="settings-masthead" />
          </Form.Item>
          <Form.Item
            name="reconsiderationBody"
            label="行政复议机关"
            rules={[{ required: true, message: '请填写行政复议机关' }]}
          >
            <Input
              maxLength={60}
              placeholder="例如：常州市天宁区人民政府"
              data-testid="settings-reconsideration"
            />
          </Form.Item>
          <Form.Item
            name="court"
            label="管辖的人民法院"
            rules={[{ required: true, message: '请填写人民法院' }]}
          >
            <Input
              maxLength={60}
              placeholder="例如：常州市天宁区人民法院"
              data-testid="settings-court"
            />
          </Form.Item>
          <Form.Item
            name="paymentInstructions"
            label="罚款缴纳方式"
            extra="印在决定书的履行期限之后，如缴款银行、账户或非税收入电子缴款方式。"
          >
            <Input.TextArea rows={2} maxLength={300} showCount />
          </Form.Item>
        </Card>
        <Card
          size="small"
          title="文号格式"
          extra={
            <Typography.Text type="secondary">
              {'{年}'} 为签发年度，{'{号}'} 为当年顺序号（{'{号:3}'} 补足三位）
            </Typography.Text>
          }
        >
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            scroll={{ y: 420, x: 640 }}
            dataSource={settings.effectivePatterns}
            columns={[
              { title: '文书', dataIndex: 'title', width: 200 },
              {
                title: '文号格式（留空用默认）',
                dataIndex: 'kind',
                render: (kind: string, row) => (
                  <Form.Item name={['numberPatterns', kind]} style={{ margin: 0 }}>
                    <Input placeholder={row.own ? undefined : row.pattern} maxLength={60} />
                  </Form.Item>
                ),
              },
              {
                title: '示例',
                dataIndex: 'example',
                width: 220,
                render: (example: string, row) => (
                  <span>
                    {example} {row.own && <Tag color="blue">本机关</Tag>}
                  </span>
                ),
              },
            ]}
          />
        </Card>
        {editable && (
          <Flex justify="flex-end">
            <Button type="primary" htmlType="submit" loading={saving} data-testid="settings-save">
              保存为新版本
            </Button>
          </Flex>
        )}
      </Flex>
    </Form>
  );

  return (
    <Page
      title="文书设置"
      description={
        settings.version === null
          ? '尚未设置：签发行政处罚决定书等文书前，须填写行政复议机关和人民法院。'
          : `第 ${settings.version} 版，${settings.savedByName ?? ''} ${formatChinaTime(settings.savedAt)} 保存`
      }
    >
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch(key === 'templates' ? { tab: key } : {}, { replace: true })}
        items={[
          { key: 'settings', label: '机关信息与文号', children: settingsForm, forceRender: true },
          {
            key: 'templates',
            label: '文书模板',
            children: <DocumentTemplatesTab agencyId={agencyId} editable={editable} />,
          },
        ]}
      />
    </Page>
  );
}
