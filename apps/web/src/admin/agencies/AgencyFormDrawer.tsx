import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { createAgency, updateAgency } from '../../api/agencies.ts';
import { useFormErrorHandler } from '../../api/form-errors.ts';
import {
  profileLabel,
  setAgencyProfile,
  type AgencyWithProfile,
  type ProfileSummary,
} from '../../api/profiles.ts';
import { agencyCodeRules, agencyNameRules } from './agency-rules.ts';
import { FormDrawer } from '../../common/FormDrawer.tsx';

interface AgencyValues {
  name: string;
  code: string;
  profileId?: string;
}

const ERROR_OPTIONS = {
  fields: ['name', 'code', 'profileId'],
  conflicts: { 'agency-code-taken': 'code', 'agency-name-taken': 'name' },
} as const;

/**
 * New agency, or (with `agency`) rename it / change its 机关代字 / choose its 适用制度. The
 * profile is saved by its own call after the agency itself.
 */
export function AgencyFormDrawer({
  open,
  agency,
  profiles,
  onClose,
  onSaved,
}: {
  open: boolean;
  agency: AgencyWithProfile | null;
  profiles: ProfileSummary[];
  onClose: () => void;
  onSaved: (agency: AgencyWithProfile, created: boolean) => void;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<AgencyValues>();
  const onError = useFormErrorHandler(form, ERROR_OPTIONS);
  const [saving, setSaving] = useState(false);

  const saveProfile = async (saved: AgencyWithProfile, profileId: string | undefined) =>
    profileId && profileId !== saved.profileId ? setAgencyProfile(saved.id, profileId) : saved;

  const onFinish = async (values: AgencyValues) => {
    const name = values.name.trim();
    const code = values.code.trim();
    setSaving(true);
    try {
      if (agency) {
        const changes = {
          ...(name !== agency.name ? { name } : {}),
          ...(code !== agency.code ? { code } : {}),
        };
        const renamed =
          Object.keys(changes).length > 0
            ? { ...(await updateAgency(agency.id, changes)), profileId: agency.profileId }
            : agency;
        const saved = await saveProfile(renamed, values.profileId);
        void message.success('已保存');
        onSaved(saved, false);
      } else {
        const created = { ...(await createAgency({ name, code })), profileId: null };
        let saved: AgencyWithProfile = created;
        try {
          saved = await saveProfile(created, values.profileId);
        } catch (error) {
          // The agency exists; say so, and let the profile be chosen again with 修改.
          onSaved(created, true);
          onError(error);
          return;
        }
        void message.success(`已新建执法机关“${saved.name}”`);
        onSaved(saved, true);
      }
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <FormDrawer
      title={agency ? '修改执法机关' : '新建执法机关'}
      open={open}
      onClose={onClose}
      size={480}
      saving={saving}
      onSubmit={() => form.submit()}
      submitLabel={agency ? '保存' : '新建'}
      submitTestId="agency-submit"
    >
      <Form<AgencyValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        initialValues={
          agency
            ? { name: agency.name, code: agency.code, profileId: agency.profileId ?? undefined }
            : undefined
        }
        disabled={saving}
      >
        <Form.Item
          label="机关名称"
          name="name"
          rules={agencyNameRules}
          extra="执法机关的全称，例如“某某县综合行政执法局”。"
        >
          <Input maxLength={100} autoFocus data-testid="agency-name" />
        </Form.Item>
        <Form.Item
          label="机关代字"
          name="code"
          rules={agencyCodeRules}
          extra="用于案件编号的前缀，例如“某综执”。1 至 10 个汉字、字母或数字，各机关不得重复。"
        >
          <Input maxLength={10} data-testid="agency-code" />
        </Form.Item>
        <Form.Item
          label="适用制度"
          name="profileId"
          extra="本机关执行的行政执法全过程记录制度。案件的文书是否齐全、是否及时，按该制度检查；未设置的机关不能启动执法程序。已办案件仍按其启动时的制度检查。"
        >
          <Select<string>
            options={profiles.map((profile) => ({
              value: profile.id,
              label: profileLabel(profile),
            }))}
            placeholder="请选择适用的制度"
            showSearch={{ optionFilterProp: 'label' }}
            data-testid="agency-profile"
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
