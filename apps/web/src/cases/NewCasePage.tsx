import {
  ACT_TYPE_LABELS,
  LAUNCH_MODE_LABELS,
  LAUNCH_MODES,
  PROCEDURE_LABELS,
  PROCEDURES,
  type ActType,
  type LaunchMode,
  type Procedure,
} from '@liuhen/domain';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Switch,
} from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { openCase } from '../api/cases.ts';
import { hasAnyRole, useCurrentUser } from '../auth/session-context.ts';
import { Page } from '../common/Page.tsx';
import { useDepartments } from '../org/use-departments.ts';
import { useNestedFormErrors, type ParamLocator } from './form-problems.ts';
import { OfficersField } from './OfficersField.tsx';
import { PartiesField } from './PartiesField.tsx';
import { partyFieldOf, partyInput, type PartyValues } from './party-form.ts';
import { CASE_OPENERS, casePath, CASES_PATH } from './paths.ts';
import { actTypeChoices, emergencyChoice } from './new-case-choices.ts';
import { useAgencyOfficers } from './use-agency-officers.ts';
import { useProfileInForce } from './use-profile-in-force.ts';

interface NewCaseValues {
  name: string;
  actType?: ActType;
  procedure: Procedure;
  launchMode: LaunchMode;
  complainantRealName?: boolean;
  emergency?: boolean;
  majorDecision: boolean;
  departmentId?: string;
  parties?: PartyValues[];
  handlerId?: string;
  assistingIds?: string[];
}

const TOP_LEVEL = new Set([
  'name',
  'actType',
  'procedure',
  'launchMode',
  'complainantRealName',
  'emergency',
  'majorDecision',
  'departmentId',
]);

/** Server parameters → fields. Officers go out handler first, then the assisting ones. */
const locate: ParamLocator = ([head, index, key]) => {
  if (head === undefined) return undefined;
  if (TOP_LEVEL.has(head)) return [head];
  if (head === 'parties' && index !== undefined && key !== undefined) {
    return ['parties', Number(index), partyFieldOf(key)];
  }
  if (head === 'officers') return index === '0' ? ['handlerId'] : ['assistingIds'];
  return undefined;
};

/** 启动执法程序: a new case with its parties and officers; the server numbers it. */
export function NewCasePage() {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewCaseValues>();
  const onError = useNestedFormErrors(form, locate);
  const [saving, setSaving] = useState(false);
  const { departments, loading: departmentsLoading } = useDepartments(user.agencyId);
  const { officers, loading: officersLoading } = useAgencyOfficers(user.agencyId);
  // 本机关尚未设置适用制度 (null): nothing can be opened until an administrator chooses one.
  const inForce = useProfileInForce(user.agencyId);
  const actTypes = actTypeChoices(inForce?.profile);
  const emergencyLaunch = emergencyChoice(inForce?.profile);
  const launchMode = Form.useWatch('launchMode', form);
  const emergency = Form.useWatch('emergency', form);

  // A choice made before the profile arrived that it does not allow is taken back.
  const actType = Form.useWatch('actType', form);
  const actTypeOffered = actType === undefined || actTypes.types.includes(actType);
  useEffect(() => {
    if (!actTypeOffered) form.setFieldValue('actType', undefined);
  }, [actTypeOffered, form]);
  useEffect(() => {
    if (!emergencyLaunch.offered) form.setFieldValue('emergency', false);
  }, [emergencyLaunch.offered, form]);

  // Put the signed-in officer forward as 承办人 once the list shows they can be.
  const handlerCandidate = officers.find(
    (officer) => officer.id === user.id && officer.certificateNumber,
  );
  useEffect(() => {
    if (handlerCandidate && !form.getFieldValue('handlerId')) {
      form.setFieldValue('handlerId', handlerCandidate.id);
    }
  }, [handlerCandidate, form]);

  if (!user.agencyId || !hasAnyRole(user, CASE_OPENERS)) {
    return (
      <Result
        status="info"
        title="无法启动执法程序"
        subTitle="只有执法机关的执法人员、承办机构负责人或机关负责人可以启动执法程序。"
        extra={<Button onClick={() => void navigate(CASES_PATH)}>返回案件列表</Button>}
      />
    );
  }

  const profileMissing = inForce === null;

  const onFinish = async (values: NewCaseValues) => {
    setSaving(true);
    try {
      const created = await openCase({
        name: values.name.trim(),
        actType: values.actType!,
        procedure: values.procedure,
        launchMode: values.launchMode,
        departmentId: values.departmentId!,
        majorDecision: values.majorDecision,
        // Hidden where the profile has no 紧急启动: an unmounted field sends nothing.
        emergency: values.emergency ?? false,
        ...(values.launchMode === 'complaint'
          ? { complainantRealName: values.complainantRealName }
          : {}),
        parties: (values.parties ?? []).map(partyInput),
        officers: [
          { userId: values.handlerId!, role: 'handler' as const },
          ...(values.assistingIds ?? []).map((userId) => ({
            userId,
            role: 'assisting' as const,
          })),
        ],
      });
      void message.success(`已启动执法程序，案号 ${created.caseNumber}`);
      void navigate(casePath(created.id));
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Page
      title="启动执法程序"
      description={
        inForce
          ? `本机关适用：${inForce.profile.name}。案号在提交后由系统按机关、类别和年度连续编号。`
          : '案号在提交后由系统按机关、类别和年度连续编号。'
      }
    >
      {profileMissing && (
        <Alert
          type="warning"
          showIcon
          title="本机关尚未设置适用的行政执法全过程记录制度"
          description="请联系系统管理员在“系统管理 → 执法机关”中为本机关选择适用制度，之后才能启动执法程序。"
          data-testid="case-profile-missing"
        />
      )}
      <Form<NewCaseValues>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        scrollToFirstError
        disabled={saving}
        initialValues={{
          procedure: 'ordinary',
          launchMode: 'ex_officio',
          emergency: false,
          majorDecision: false,
          departmentId: user.departmentId ?? undefined,
          parties: [],
          assistingIds: [],
        }}
        style={{ maxWidth: 1080 }}
      >
        <Flex vertical gap={16}>
          <Card size="small" title="基本情况">
            <Form.Item
              label="案件名称"
              name="name"
              rules={[
                { required: true, whitespace: true, message: '请填写案件名称' },
                { min: 2, max: 200, message: '案件名称为 2 至 200 个字' },
              ]}
              extra="通常为“当事人 + 违法行为”，例如“某某贸易有限公司未按规定设置店招案”。也用于音像记录文件的命名。"
            >
              <Input maxLength={200} data-testid="case-name" />
            </Form.Item>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  label="执法类别"
                  name="actType"
                  rules={[{ required: true, message: '请选择执法类别' }]}
                  extra={actTypes.hint}
                >
                  <Select<ActType>
                    options={actTypes.types.map((type) => ({
                      value: type,
                      label: ACT_TYPE_LABELS[type],
                    }))}
                    placeholder="请选择"
                    data-testid="case-act-type"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item label="程序" name="procedure" required>
                  <Radio.Group
                    optionType="button"
                    options={PROCEDURES.map((procedure) => ({
                      value: procedure,
                      label: PROCEDURE_LABELS[procedure],
                    }))}
                    data-testid="case-procedure"
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  label="承办机构"
                  name="departmentId"
                  rules={[{ required: true, message: '请选择承办机构' }]}
                >
                  <Select<string>
                    options={departments.map((department) => ({
                      value: department.id,
                      label: department.name,
                    }))}
                    loading={departmentsLoading}
                    showSearch={{ optionFilterProp: 'label' }}
                    placeholder="请选择承办机构"
                    data-testid="case-department"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item label="启动方式" name="launchMode" required>
                  <Radio.Group
                    optionType="button"
                    options={LAUNCH_MODES.map((mode) => ({
                      value: mode,
                      label: LAUNCH_MODE_LABELS[mode],
                    }))}
                    data-testid="case-launch-mode"
                  />
                </Form.Item>
              </Col>
              {launchMode === 'complaint' && (
                <Col xs={24} md={12}>
                  <Form.Item
                    label="是否实名投诉、举报"
                    name="complainantRealName"
                    rules={[{ required: true, message: '请注明是否实名投诉、举报' }]}
                    extra="实名投诉、举报的，不启动执法程序时须告知投诉人、举报人。"
                  >
                    <Radio.Group
                      options={[
                        { value: true, label: '实名' },
                        { value: false, label: '匿名' },
                      ]}
                      data-testid="case-complainant-real-name"
                    />
                  </Form.Item>
                </Col>
              )}
            </Row>
            <Row gutter={16}>
              {emergencyLaunch.offered && (
                <Col xs={24} md={12}>
                  <Form.Item
                    label="紧急启动"
                    name="emergency"
                    valuePropName="checked"
                    extra={emergency ? emergencyLaunch.hintOn : emergencyLaunch.hintOff}
                    style={{ marginBottom: 0 }}
                  >
                    <Switch data-testid="case-emergency" />
                  </Form.Item>
                </Col>
              )}
              <Col xs={24} md={12}>
                <Form.Item
                  label="重大行政执法决定"
                  name="majorDecision"
                  valuePropName="checked"
                  extra="重大行政执法决定须经法制审核和集体讨论，相关文书另有必填项。"
                  style={{ marginBottom: 0 }}
                >
                  <Switch data-testid="case-major-decision" />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card size="small" title="当事人">
            <PartiesField />
          </Card>

          <Card size="small" title="执法人员">
            <OfficersField
              officers={officers}
              departments={departments}
              loading={officersLoading}
            />
          </Card>

          <Flex justify="flex-end" gap={8}>
            <Button onClick={() => void navigate(CASES_PATH)} disabled={false}>
              取消
            </Button>
            <Button
              type="primary"
              htmlType="submit"
              loading={saving}
              disabled={profileMissing}
              data-testid="case-submit"
            >
              启动执法程序
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Page>
  );
}
