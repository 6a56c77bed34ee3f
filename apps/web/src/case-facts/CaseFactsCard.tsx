import { Button, Card, Collapse, Descriptions, Empty, Table, Tag, Typography } from 'antd';
import { yuanForDocument, parseYuan } from '@liuhen/domain';
import { useEffect, useState } from 'react';
import { useReportError } from '../api/use-report-error.ts';
import { formatChinaTime } from '../cases/china-time.ts';
import { PENALTY_KIND_LABELS } from '../powers/power-form.ts';
import { listPowers, type PowerVersion } from '../powers/powers-api.ts';
import { getCaseFacts, type CaseFacts, type CaseFactsVersion } from './case-facts-api.ts';
import { CaseFactsDrawer } from './CaseFactsDrawer.tsx';

function amountText(amount: string | null): string {
  if (amount === null) return '';
  const parsed = parseYuan(amount);
  return parsed.ok ? yuanForDocument(parsed.value) : amount;
}

/** One version of the facts as the decision will state them. */
function FactsView({
  version,
  powers,
}: {
  version: CaseFactsVersion;
  powers: readonly PowerVersion[];
}) {
  const powerOf = (id: string, v: number) => powers.find((p) => p.id === id && p.version === v);
  return (
    <Descriptions size="small" column={1} bordered data-testid="case-facts-view">
      <Descriptions.Item label="违法事实">
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {version.facts}
        </Typography.Paragraph>
      </Descriptions.Item>
      <Descriptions.Item label="证据">
        {version.evidence.length === 0
          ? '—'
          : version.evidence.map((item, i) => <div key={i}>{`${i + 1}. ${item}`}</div>)}
      </Descriptions.Item>
      <Descriptions.Item label="违法行为与依据">
        {version.violations.length === 0
          ? '—'
          : version.violations.map((v, i) => {
              const power = powerOf(v.powerId, v.powerVersion);
              return (
                <div key={i} style={{ marginBottom: 4 }}>
                  <Typography.Text strong>{v.conduct}</Typography.Text>
                  {power && (
                    <div>
                      <Typography.Text type="secondary">
                        违反{power.provisionViolated || '—'}，依据{power.provisionApplied}（
                        {power.name}，第 {v.powerVersion} 版）
                      </Typography.Text>
                    </div>
                  )}
                  {v.discretionLevel && (
                    <div>
                      裁量档次：<Tag>{v.discretionLevel}</Tag>
                      {v.discretionReason && (
                        <Typography.Text type="secondary">
                          理由：{v.discretionReason}
                        </Typography.Text>
                      )}
                    </div>
                  )}
                </div>
              );
            })}
      </Descriptions.Item>
      <Descriptions.Item label="处罚内容">
        {version.penalties.length === 0
          ? '—'
          : version.penalties.map((p, i) => (
              <div key={i}>
                {PENALTY_KIND_LABELS[p.kind]}
                {p.amount !== null && (
                  <span data-testid="case-facts-amount">：{amountText(p.amount)}</span>
                )}
                {p.description && `（${p.description}）`}
              </div>
            ))}
      </Descriptions.Item>
      <Descriptions.Item label="履行期限">
        {version.performanceDays === null
          ? '—'
          : `自收到决定书之日起 ${version.performanceDays} 日内`}
      </Descriptions.Item>
      {version.mitigation && (
        <Descriptions.Item label="从轻、减轻或不予处罚的理由">
          {version.mitigation}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

/**
 * 案件事实 on the case page: the current version as the decision documents will state it,
 * an edit (a new version) for those who may work on the case, and every earlier version.
 */
export function CaseFactsCard({
  caseId,
  agencyId,
  canEdit,
}: {
  caseId: string;
  agencyId: string;
  canEdit: boolean;
}) {
  const reportError = useReportError();
  const [facts, setFacts] = useState<CaseFacts | null>(null);
  const [powers, setPowers] = useState<PowerVersion[]>([]);
  const [drawer, setDrawer] = useState({ open: false, key: 0 });

  useEffect(() => {
    let current = true;
    getCaseFacts(caseId).then((found) => current && setFacts(found), reportError);
    return () => {
      current = false;
    };
  }, [caseId, reportError]);

  const openDrawer = () => {
    // The list as it stands when the officer starts: a power withdrawn meanwhile is refused.
    listPowers(agencyId).then((found) => {
      setPowers(found);
      setDrawer((prev) => ({ open: true, key: prev.key + 1 }));
    }, reportError);
  };

  const current = facts?.current ?? null;
  const earlier = facts?.history.slice(1) ?? [];

  return (
    <Card
      size="small"
      title="案件事实"
      data-testid="case-facts"
      extra={
        <>
          {current && (
            <Typography.Text type="secondary" style={{ fontSize: 12, marginRight: 8 }}>
              第 {current.version} 版 · {current.createdByName} ·{' '}
              {formatChinaTime(current.createdAt)}
            </Typography.Text>
          )}
          {canEdit && (
            <Button
              size="small"
              type="primary"
              ghost
              onClick={openDrawer}
              data-testid="case-facts-edit"
            >
              {current ? '编辑' : '填写'}
            </Button>
          )}
        </>
      }
    >
      {facts === null ? null : current === null ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未填写案件事实" />
      ) : (
        <>
          <FactsView version={current} powers={facts.powers} />
          {earlier.length > 0 && (
            <Collapse
              ghost
              size="small"
              style={{ marginTop: 8 }}
              items={[
                {
                  key: 'history',
                  label: `历史版本（${earlier.length}）`,
                  children: (
                    <Table
                      size="small"
                      rowKey="version"
                      pagination={false}
                      dataSource={earlier}
                      data-testid="case-facts-history"
                      expandable={{
                        expandedRowRender: (version) => (
                          <FactsView version={version} powers={facts.powers} />
                        ),
                      }}
                      columns={[
                        {
                          title: '版本',
                          dataIndex: 'version',
                          width: 60,
                          render: (v: number) => `第 ${v} 版`,
                        },
                        { title: '保存人', dataIndex: 'createdByName', width: 100 },
                        {
                          title: '时间',
                          dataIndex: 'createdAt',
                          render: (t: string) => formatChinaTime(t),
                        },
                        {
                          title: 'SHA-256',
                          dataIndex: 'sha256',
                          render: (hex: string) => (
                            <Typography.Text code style={{ fontSize: 11 }}>
                              {hex.slice(0, 16)}…
                            </Typography.Text>
                          ),
                        },
                      ]}
                    />
                  ),
                },
              ]}
            />
          )}
        </>
      )}
      <CaseFactsDrawer
        key={drawer.key}
        caseId={caseId}
        facts={facts}
        powers={powers}
        open={drawer.open}
        onClose={() => setDrawer((prev) => ({ ...prev, open: false }))}
        onSaved={(saved) => {
          setFacts(saved);
          setDrawer((prev) => ({ ...prev, open: false }));
        }}
      />
    </Card>
  );
}
