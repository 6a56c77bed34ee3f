import { Empty, Flex, Typography } from 'antd';
import type { ImportStatus } from './imports-api.ts';

const TEXT: Record<ImportStatus, { title: string; hint: string }> = {
  unassigned: {
    title: '没有待分配的音像',
    hint: '无法按拍摄时的领用人和案件办理时间确定案件的文件会出现在这里，须在期限内分配到案件或说明理由排除。',
  },
  matched: {
    title: '没有待登记的音像',
    hint: '已归入案件、尚未登记为音像记录的文件在这里，也显示在该案件“音像记录”的“待登记”中。',
  },
  registered: { title: '尚无已登记的导入音像', hint: '登记为音像记录后，文件移到这里。' },
  incident: {
    title: '没有分配到事件的音像',
    hint: '处置突发事件、群体性事件或开展专项行动等不属于案件的音像，分配到事件后在这里，以事件名称标识。',
  },
  dismissed: {
    title: '没有已排除的音像',
    hint: '误录或与执法无关而排除的文件在这里，原始文件仍予保存。',
  },
};

/** An empty tab: what would be here, and how files get here at all. */
export function ImportsEmpty({ status }: { status: ImportStatus }) {
  const text = TEXT[status];
  return (
    <Empty
      description={
        <Flex vertical gap={4} align="center" data-testid="imports-empty">
          <span>{text.title}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 560 }}>
            {text.hint}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            执法记录仪接入采集站后，运行{' '}
            <Typography.Text code>liuhen import &lt;文件夹&gt;</Typography.Text> 即可上传并导入。
          </Typography.Text>
        </Flex>
      }
    />
  );
}
