import { App, Typography } from 'antd';
import { renameDepartment } from '../../api/agencies.ts';
import type { Department } from '../../api/types.ts';
import { useReportError } from '../../api/use-report-error.ts';

/** A department's name, renamed in place (click the pen, edit, Enter). */
export function DepartmentName({
  department,
  onRenamed,
}: {
  department: Department;
  onRenamed: (department: Department) => void;
}) {
  const { message } = App.useApp();
  const report = useReportError();

  const rename = async (raw: string) => {
    const name = raw.trim();
    if (name === department.name) return;
    if (name.length < 2 || name.length > 100) {
      void message.warning('承办机构名称为 2 至 100 个字');
      return;
    }
    try {
      onRenamed(await renameDepartment(department.id, name));
      void message.success('已重命名');
    } catch (error) {
      report(error);
    }
  };

  return (
    <Typography.Text
      editable={{ onChange: (value) => void rename(value), tooltip: '重命名', maxLength: 100 }}
      data-testid={`department-${department.id}`}
    >
      {department.name}
    </Typography.Text>
  );
}
