import { changedProfileKeys, type PolicyProfile, type ValueCitation } from '@liuhen/domain';
import { Alert, Button, Card, Flex, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { AgencyProfileVersion, ProfileEdit } from '../api/agency-profiles.ts';
import { AvItemsTable } from './AvItemsTable.tsx';
import { ChainEditor } from './ChainEditor.tsx';
import { EffectiveValues } from './EffectiveValues.tsx';
import { PeriodsEditor } from './PeriodsEditor.tsx';
import { editOf, keyLabel, sourceOptions } from './profile-edit.ts';

/**
 * One version of the agency's profile: its AV item list, its periods, its chains, and what
 * national law makes of them. On the newest version an editor saves a new one (with a
 * reason); older versions are shown as they were.
 */
export function ProfileEditor({
  version,
  basedOn,
  editable,
  onSave,
}: {
  version: AgencyProfileVersion;
  /** The standard profile it was copied from, for "what this agency changed". */
  basedOn: PolicyProfile | undefined;
  editable: boolean;
  /** Resolves true once saved (the page then shows the new version). */
  onSave: (edit: ProfileEdit, note: string) => Promise<boolean>;
}) {
  const saved = version.profile as PolicyProfile;
  const [draft, setDraft] = useState<ProfileEdit>(() => editOf(saved));
  const [chainValid, setChainValid] = useState(true);
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const sources = useMemo(() => sourceOptions(editOf(saved)), [saved]);
  const defaultCitation: ValueCitation = saved.mandatoryAvActs?.[0]?.citation ?? {
    law: '国办发〔2018〕118号',
    article: '三、（二）',
  };
  const current = { ...draft, id: saved.id, ...(saved.seed ? { seed: saved.seed } : {}) };
  const unsaved = changedProfileKeys(saved, current as PolicyProfile);
  const fromBase =
    basedOn === undefined
      ? []
      : changedProfileKeys(basedOn, saved).filter((key) => !['id', 'name'].includes(key));

  const save = async () => {
    setSaving(true);
    try {
      if (await onSave(draft, note.trim())) setNote('');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      {basedOn && (
        <Alert
          data-testid="profile-diff"
          type="info"
          showIcon
          message={
            fromBase.length === 0
              ? `第 ${version.version} 版与“${basedOn.name}”相同。`
              : `第 ${version.version} 版与“${basedOn.name}”相比修改了：${fromBase.map(keyLabel).join('、')}。`
          }
        />
      )}
      <Card title="音像记录事项清单" size="small">
        <AvItemsTable
          items={draft.mandatoryAvActs ?? []}
          editable={editable}
          sources={sources}
          defaultCitation={defaultCitation}
          onChange={(items) => {
            // An empty list is "本制度未规定" (the schema wants a list to have items).
            const next: ProfileEdit = { ...draft };
            if (items.length === 0) delete next.mandatoryAvActs;
            else next.mandatoryAvActs = items;
            setDraft(next);
          }}
        />
      </Card>
      <Card title="归档与保存期限" size="small">
        <PeriodsEditor
          draft={draft}
          onChange={setDraft}
          editable={editable}
          sources={sources}
          defaultCitation={defaultCitation}
        />
      </Card>
      <Card title="审批链" size="small">
        <ChainEditor
          key={version.version}
          value={draft.approvalChain}
          editable={editable}
          onChange={(chain, valid) => {
            setChainValid(valid);
            const next: ProfileEdit = { ...draft };
            if (chain === undefined) delete next.approvalChain;
            else next.approvalChain = chain as ProfileEdit['approvalChain'];
            setDraft(next);
          }}
        />
      </Card>
      <Card title="与国家法律从严适用" size="small">
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          法律、法规另有规定的，从其规定：本制度与法律都作规定的事项，适用更严格者。
        </Typography.Paragraph>
        <EffectiveValues values={version.effective} />
      </Card>
      {editable && (
        <Card size="small" title="保存为新版本">
          <Flex vertical gap={8}>
            <Typography.Text type="secondary">
              {unsaved.length === 0
                ? '尚未修改。'
                : `将修改：${unsaved.map(keyLabel).join('、')}。保存后新立案件按新版本检查，已立案件仍按其立案时的版本。`}
            </Typography.Text>
            <Input
              data-testid="profile-note"
              placeholder="修改原因（必填），如：根据局务会决定增加询问为音像记录事项"
              value={note}
              maxLength={500}
              onChange={(event) => setNote(event.target.value)}
            />
            <div>
              <Button
                type="primary"
                data-testid="profile-save"
                loading={saving}
                disabled={unsaved.length === 0 || note.trim() === '' || !chainValid}
                onClick={() => void save()}
              >
                保存为第 {version.version + 1} 版
              </Button>
            </div>
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
