import { PlusOutlined } from '@ant-design/icons';
import { STAGE_LABELS, STAGES, recordTypeSpec, stageIndex } from '@liuhen/domain';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import type { CaseDetail, CaseRecordView } from '../api/cases.ts';
import { recordChains, visitedStages, type RecordVersions } from './case-facts.ts';
import { formatChinaTime } from './china-time.ts';
import { RecordConfidentialityTag } from './RecordConfidentialityTag.tsx';

function SignatureTag({ record }: { record: CaseRecordView }) {
  if (record.signature?.kind === 'signed') return <Tag color="green">已签字</Tag>;
  if (record.signature?.kind === 'refused') return <Tag color="orange">拒绝签字</Tag>;
  return null;
}

function RecordRow({
  chain,
  onOpen,
}: {
  chain: RecordVersions;
  onOpen: (record: CaseRecordView) => void;
}) {
  const { current, earlier } = chain;
  const spec = recordTypeSpec(current.type);
  return (
    <Flex vertical gap={2} data-testid={`record-row-${current.type}`}>
      <Flex gap={8} align="center" wrap>
        <Typography.Link
          onClick={() => onOpen(current)}
          data-testid={`record-open-${current.type}`}
        >
          《{spec.label}》
        </Typography.Link>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          制作于 {formatChinaTime(current.madeAt)}
        </Typography.Text>
        <SignatureTag record={current} />
        <RecordConfidentialityTag record={current} />
        {earlier.length > 0 && <Tag color="blue">更正版</Tag>}
      </Flex>
      {earlier.map((old, index) => {
        const newer = index === 0 ? current : earlier[index - 1]!;
        return (
          <Flex
            key={old.id}
            gap={8}
            align="center"
            wrap
            style={{ paddingInlineStart: 16, fontSize: 12 }}
          >
            <Tag style={{ fontSize: 12 }}>已更正</Tag>
            <Typography.Link onClick={() => onOpen(old)} style={{ fontSize: 12 }}>
              原版本（制作于 {formatChinaTime(old.madeAt)}）
            </Typography.Link>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              更正理由：{newer.correctionReason ?? '—'}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}

/**
 * 文书: the case's records by stage, the version in force of each with the versions it
 * corrected; 制作文书 opens the form.
 */
export function RecordsCard({
  detail,
  canMake,
  onMake,
  onOpen,
}: {
  detail: CaseDetail;
  canMake: boolean;
  onMake: () => void;
  onOpen: (record: CaseRecordView) => void;
}) {
  const chains = recordChains(detail.records);
  const visited = visitedStages(detail);
  const current = stageIndex(detail.case.stage);
  const stages = STAGES.filter(
    (stage) =>
      (visited.includes(stage) && stageIndex(stage) <= current && stage !== 'archived') ||
      chains.some((chain) => recordTypeSpec(chain.current.type).stage === stage),
  );

  return (
    <Card
      size="small"
      title={`文书（${chains.length}）`}
      extra={
        canMake && (
          <Button
            type="primary"
            size="small"
            icon={<PlusOutlined />}
            onClick={onMake}
            data-testid="record-create"
          >
            制作文书
          </Button>
        )
      }
      data-testid="case-records"
    >
      {chains.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            <Flex vertical gap={4}>
              <span>尚无文书</span>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {canMake
                  ? '点击“制作文书”，按文书目录填写。“检查发现”列出了本环节应有而尚未制作的文书。'
                  : '本案执法人员制作的文书会显示在这里。'}
              </Typography.Text>
            </Flex>
          }
        />
      ) : (
        <Flex vertical gap={16}>
          {stages.map((stage) => {
            const inStage = chains.filter(
              (chain) => recordTypeSpec(chain.current.type).stage === stage,
            );
            return (
              <Flex vertical gap={8} key={stage} data-testid={`records-stage-${stage}`}>
                <Typography.Text strong style={{ fontSize: 13 }}>
                  {STAGE_LABELS[stage]}
                </Typography.Text>
                {inStage.length === 0 ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    本环节尚无文书
                  </Typography.Text>
                ) : (
                  inStage.map((chain) => (
                    <RecordRow key={chain.current.id} chain={chain} onOpen={onOpen} />
                  ))
                )}
              </Flex>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
