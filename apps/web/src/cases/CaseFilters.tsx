import { SearchOutlined } from '@ant-design/icons';
import {
  ACT_TYPE_LABELS,
  ACT_TYPES,
  STAGE_LABELS,
  STAGES,
  type ActType,
  type Stage,
} from '@liuhen/domain';
import { Checkbox, Flex, Input, Select } from 'antd';
import type { Department } from '../api/types.ts';

export interface CaseFilterValues {
  readonly stage: Stage | undefined;
  readonly actType: ActType | undefined;
  readonly departmentId: string | undefined;
  readonly search: string;
  readonly includeClosedInError: boolean;
}

/** The bar above the case list: 环节, 执法类别, 承办机构, a search, and closed cases. */
export function CaseFilters({
  value,
  onChange,
  departments,
}: {
  value: CaseFilterValues;
  onChange: (next: CaseFilterValues) => void;
  departments: Department[];
}) {
  return (
    <Flex gap={12} wrap align="center">
      <Select<Stage>
        value={value.stage}
        onChange={(stage) => onChange({ ...value, stage })}
        options={STAGES.map((stage) => ({ value: stage, label: STAGE_LABELS[stage] }))}
        placeholder="全部环节"
        allowClear
        style={{ width: 130 }}
        aria-label="环节"
        data-testid="case-filter-stage"
      />
      <Select<ActType>
        value={value.actType}
        onChange={(actType) => onChange({ ...value, actType })}
        options={ACT_TYPES.map((type) => ({ value: type, label: ACT_TYPE_LABELS[type] }))}
        placeholder="全部执法类别"
        allowClear
        style={{ width: 140 }}
        aria-label="执法类别"
        data-testid="case-filter-act-type"
      />
      <Select<string>
        value={value.departmentId}
        onChange={(departmentId) => onChange({ ...value, departmentId })}
        options={departments.map((department) => ({
          value: department.id,
          label: department.name,
        }))}
        placeholder="全部承办机构"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 200 }}
        aria-label="承办机构"
        data-testid="case-filter-department"
      />
      <Input
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.target.value })}
        placeholder="搜索案号或案件名称"
        prefix={<SearchOutlined />}
        allowClear
        maxLength={100}
        style={{ width: 240 }}
        aria-label="搜索"
        data-testid="case-filter-search"
      />
      <Checkbox
        checked={value.includeClosedInError}
        onChange={(event) => onChange({ ...value, includeClosedInError: event.target.checked })}
        data-testid="case-filter-closed"
      >
        含误立已关闭的案件
      </Checkbox>
    </Flex>
  );
}
