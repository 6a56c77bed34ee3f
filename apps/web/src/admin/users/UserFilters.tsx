import { SearchOutlined } from '@ant-design/icons';
import { Flex, Input, Select } from 'antd';
import type { Agency } from '../../api/types.ts';

export type StatusFilter = 'active' | 'inactive' | 'all';

export interface UserFilterValues {
  readonly agencyId: string | undefined;
  readonly status: StatusFilter;
  readonly search: string;
}

const STATUS_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: 'active', label: '在用' },
  { value: 'inactive', label: '已停用' },
  { value: 'all', label: '全部' },
];

/** The bar above the users table: agency, status, and a free-text search. */
export function UserFilters({
  value,
  onChange,
  agencies,
  agencyLocked,
}: {
  value: UserFilterValues;
  onChange: (next: UserFilterValues) => void;
  agencies: Agency[];
  /** An agency's admin sees only their own agency. */
  agencyLocked: boolean;
}) {
  return (
    <Flex gap={12} wrap align="center">
      <Select<string>
        value={value.agencyId}
        onChange={(agencyId) => onChange({ ...value, agencyId })}
        options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        placeholder="全部执法机关"
        allowClear={!agencyLocked}
        disabled={agencyLocked}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 240 }}
        aria-label="执法机关"
        data-testid="filter-agency"
      />
      <Select<StatusFilter>
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={STATUS_OPTIONS}
        style={{ width: 110 }}
        aria-label="状态"
        data-testid="filter-status"
      />
      <Input
        value={value.search}
        onChange={(event) => onChange({ ...value, search: event.target.value })}
        placeholder="搜索姓名、用户名或证件编号"
        prefix={<SearchOutlined />}
        allowClear
        maxLength={50}
        style={{ width: 260 }}
        aria-label="搜索"
        data-testid="filter-search"
      />
    </Flex>
  );
}
