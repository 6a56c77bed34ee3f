import { Alert, App, Button, Card, Flex, Input, Table, Typography } from 'antd';
import { useState } from 'react';
import {
  enterHolidayYear,
  previewHolidayNotice,
  type HolidayNoticePreview,
} from '../../api/calendar.ts';
import { ApiError, problemText } from '../../api/problem.ts';
import { useReportError } from '../../api/use-report-error.ts';
import { ARRANGEMENT_COLUMNS } from './arrangement-columns.tsx';

const EXISTING = {
  built_in: '该年度的安排已内置于系统，不能覆盖。',
  entered: '该年度的安排已经录入，不能覆盖。',
} as const;

/**
 * 录入年度节假日安排: paste the State Council notice, check the preview against it day by
 * day, then save. The server parses with the same checks as scripts/add-holiday-year.ts.
 */
export function EnterNoticeCard({ onEntered }: { onEntered: () => void }) {
  const { message } = App.useApp();
  const report = useReportError();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<HolidayNoticePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status !== 401 && caught.status < 500) {
        setError(problemText(caught.problem));
        setPreview(null);
      } else report(caught);
    } finally {
      setBusy(false);
    }
  };

  const onPreview = () => run(async () => setPreview(await previewHolidayNotice(text)));
  const onSave = () =>
    run(async () => {
      const entered = await enterHolidayYear(text);
      void message.success(
        `已录入 ${entered.year} 年节假日安排，并重新计算了 ${entered.findingsRefreshed} 项案件和文件的检查发现。`,
      );
      setText('');
      setPreview(null);
      onEntered();
    });

  return (
    <Card size="small" title="录入年度法定节假日安排">
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">
          将中国政府网发布的《国务院办公厅关于YYYY年部分节假日安排的通知》全文（含标题、文号和各项安排）粘贴到下方，先预览并与原文逐项核对，确认无误后保存。保存后不能覆盖；该年度的暂定期限随即改为准确期限。
        </Typography.Text>
        <Input.TextArea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setPreview(null);
          }}
          autoSize={{ minRows: 6, maxRows: 16 }}
          placeholder={
            '国务院办公厅关于YYYY年部分节假日安排的通知\n国办发明电〔……〕……号\n……\n一、元旦：……'
          }
          data-testid="holiday-notice-text"
        />
        <Flex gap={8}>
          <Button
            onClick={onPreview}
            loading={busy && preview === null}
            disabled={text.trim() === ''}
            data-testid="holiday-preview"
          >
            解析预览
          </Button>
          <Button
            type="primary"
            onClick={onSave}
            loading={busy && preview !== null}
            disabled={preview === null || preview.existing !== null}
            data-testid="holiday-save"
          >
            确认保存
          </Button>
        </Flex>
        {error && (
          <Alert type="error" showIcon message={error} data-testid="holiday-notice-error" />
        )}
        {preview && (
          <Flex vertical gap={8} data-testid="holiday-preview-result">
            <Typography.Text strong>
              {preview.notice}（{preview.documentNumber}）
            </Typography.Text>
            {preview.existing && (
              <Alert type="warning" showIcon message={EXISTING[preview.existing]} />
            )}
            <Table
              rowKey="festival"
              size="small"
              columns={[
                ...ARRANGEMENT_COLUMNS,
                {
                  title: '逐日',
                  dataIndex: 'daysOffList',
                  render: (days: string[]) => days.join('、'),
                },
              ]}
              dataSource={preview.arrangements}
              pagination={false}
            />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
