import { Select } from 'antd';
import type { Department } from '../../api/types.ts';

/** A Select of one agency's departments; usable as a Form.Item child. */
export function DepartmentSelect({
  value,
  onChange,
  departments,
  loading,
  noAgency,
  disabled = false,
}: {
  value?: string | null;
  onChange?: (departmentId: string | null) => void;
  departments: Department[];
  loading: boolean;
  /** No agency chosen (or none at all): nothing to pick from. */
  noAgency: boolean;
  disabled?: boolean;
}) {
  return (
    <Select<string>
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={departments.map((department) => ({ value: department.id, label: department.name }))}
      loading={loading}
      disabled={noAgency || disabled}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      placeholder={noAgency ? '请先选择执法机关' : '请选择承办机构'}
      notFoundContent={loading ? '正在加载…' : '该机关尚无承办机构，请先在“执法机关”页添加'}
      data-testid="user-department"
    />
  );
}
