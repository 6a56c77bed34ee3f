import type { PolicyProfile } from '@liuhen/domain';
import { App, Button, Card, Empty, Flex, Select, Spin, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import {
  copyAgencyProfile,
  getAgencyOwnProfile,
  getAgencyProfileVersion,
  getStandardProfile,
  saveAgencyProfileVersion,
  type AgencyProfileOverview,
  type AgencyProfileVersion,
  type ProfileEdit,
} from '../api/agency-profiles.ts';
import { profileLabel, useProfiles } from '../api/profiles.ts';
import { useReportError } from '../api/use-report-error.ts';
import { hasAnyRole, useCurrentUser } from '../auth/session-context.ts';
import { Page } from '../common/Page.tsx';
import { AvItemListPublishingCard } from './AvItemListPublishingCard.tsx';
import { PROFILE_EDITOR_ROLES } from './paths.ts';
import { ProfileEditor } from './ProfileEditor.tsx';
import { UncheckedDutiesCard } from './UncheckedDutiesCard.tsx';
import { VersionsTable } from './VersionsTable.tsx';

/**
 * 本机关制度: the profile the agency's cases are checked against. Until the agency has its
 * own, it works under a standard one and its head may copy that; afterwards every save is a
 * new version, listed here, and the newest applies to cases opened from then on.
 */
export function AgencyProfilePage() {
  const user = useCurrentUser();
  const agencyId = user.agencyId;
  const canEdit = hasAnyRole(user, PROFILE_EDITOR_ROLES);
  const reportError = useReportError();
  const { message } = App.useApp();
  const { profiles, byId } = useProfiles();
  const [overview, setOverview] = useState<AgencyProfileOverview | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [version, setVersion] = useState<AgencyProfileVersion | null>(null);
  const [basedOn, setBasedOn] = useState<PolicyProfile | undefined>(undefined);
  const [standard, setStandard] = useState<PolicyProfile | undefined>(undefined);
  const [copyFrom, setCopyFrom] = useState<string | undefined>(undefined);
  const [copying, setCopying] = useState(false);

  // Bumped after a copy or a save: the overview is fetched again and the newest version shown.
  const [reloads, setReloads] = useState(0);
  const load = useCallback(() => setReloads((n) => n + 1), []);

  useEffect(() => {
    if (agencyId === null) return;
    let current = true;
    getAgencyOwnProfile(agencyId).then((next) => {
      if (!current) return;
      setOverview(next);
      setSelected(next.own?.versions[0]?.version ?? null);
    }, reportError);
    return () => {
      current = false;
    };
  }, [agencyId, reportError, reloads]);

  useEffect(() => {
    if (agencyId === null || selected === null) return;
    let current = true;
    getAgencyProfileVersion(agencyId, selected).then(
      (found) => current && setVersion(found),
      reportError,
    );
    return () => {
      current = false;
    };
  }, [agencyId, selected, reportError]);

  // Until the agency has its own, the standard profile in force is what its duties come from.
  const standardId = overview !== null && overview.own === null ? overview.profileId : null;
  useEffect(() => {
    if (standardId === null) return;
    getStandardProfile(standardId).then((found) => setStandard(found.profile), reportError);
  }, [standardId, reportError]);

  const base = overview?.own?.basedOn;
  useEffect(() => {
    if (base === undefined) return;
    getStandardProfile(base).then((found) => setBasedOn(found.profile), reportError);
  }, [base, reportError]);

  if (agencyId === null) {
    return (
      <Page title="本机关制度">
        <Empty description="本页面供执法机关使用；平台管理员请在“执法机关”中为各机关选择适用制度。" />
      </Page>
    );
  }
  if (overview === null) return <Spin />;

  const copy = async () => {
    const from =
      copyFrom ?? (byId.has(overview.profileId ?? '') ? overview.profileId! : 'national-baseline');
    setCopying(true);
    try {
      await copyAgencyProfile(agencyId, from);
      void message.success('已复制为本机关制度（第 1 版），自即日起适用于新立案件');
      load();
    } catch (error) {
      reportError(error);
    } finally {
      setCopying(false);
    }
  };

  const save = async (edit: ProfileEdit, note: string) => {
    try {
      const saved = await saveAgencyProfileVersion(agencyId, {
        expectedVersion: version!.version,
        note,
        profile: edit,
      });
      void message.success(`已保存为第 ${saved.version} 版`);
      load();
      return true;
    } catch (error) {
      reportError(error);
      return false;
    }
  };

  const own = overview.own;
  const current = overview.profileId === null ? undefined : byId.get(overview.profileId);
  return (
    <Page
      title="本机关制度"
      description="本机关执法全过程记录制度的音像记录事项清单、期限和审批链。每次保存形成新版本，原版本不被修改；案件始终按立案时的版本检查。"
      extra={
        <Button
          data-testid="av-item-list-pdf"
          href={`/api/v1/agencies/${agencyId}/av-item-list.pdf`}
        >
          打印音像记录事项清单（PDF）
        </Button>
      }
    >
      <AvItemListPublishingCard
        agencyId={agencyId}
        canPublish={hasAnyRole(user, ['agency_head'])}
        refreshKey={reloads}
      />
      {own === null ? (
        <>
          <Card size="small" data-testid="profile-standard">
            <Flex vertical gap={12}>
              <Typography.Text>
                本机关目前适用：
                <Typography.Text strong data-testid="profile-in-force">
                  {current ? profileLabel(current) : (overview.profileId ?? '未设置')}
                </Typography.Text>
              </Typography.Text>
              {canEdit ? (
                <Flex gap={8} wrap align="center">
                  <Select
                    data-testid="profile-copy-from"
                    style={{ minWidth: 360 }}
                    value={copyFrom ?? (current ? current.id : 'national-baseline')}
                    options={profiles.map((p) => ({ value: p.id, label: profileLabel(p) }))}
                    onChange={setCopyFrom}
                  />
                  <Button
                    type="primary"
                    data-testid="profile-copy"
                    loading={copying}
                    onClick={() => void copy()}
                  >
                    复制为本机关制度
                  </Button>
                </Flex>
              ) : (
                <Typography.Text type="secondary">
                  如需修改，请由本机关主要负责人或系统管理员复制为本机关制度后编辑。
                </Typography.Text>
              )}
            </Flex>
          </Card>
          {standard !== undefined && <UncheckedDutiesCard profile={standard} />}
        </>
      ) : (
        <>
          {!own.inForce && (
            <Typography.Text type="warning">
              本机关制度目前未被采用（系统管理员已为本机关选择了其他制度）。
            </Typography.Text>
          )}
          <Card size="small" title="版本">
            <VersionsTable
              versions={own.versions}
              selected={selected ?? 0}
              onSelect={setSelected}
            />
          </Card>
          {version === null || version.version !== selected ? (
            <Spin />
          ) : (
            <>
              <ProfileEditor
                key={version.version}
                version={version}
                basedOn={basedOn}
                editable={canEdit && version.version === own.versions[0]?.version}
                onSave={save}
              />
              <UncheckedDutiesCard profile={version.profile as PolicyProfile} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
