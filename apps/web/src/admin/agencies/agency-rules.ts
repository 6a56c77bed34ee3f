import type { FormRule } from 'antd';

/** The server's rules for names and 机关代字, checked before sending. */
export const agencyNameRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写机关名称' },
  { min: 2, max: 100, message: '名称为 2 至 100 个字' },
];

export const agencyCodeRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写机关代字' },
  {
    pattern: /^\s*[\u4e00-\u9fa5A-Za-z0-9]{1,10}\s*$/,
    message: '机关代字为 1 至 10 个汉字、字母或数字',
  },
];

export const departmentNameRules: FormRule[] = [
  { required: true, whitespace: true, message: '请填写承办机构名称' },
  { min: 2, max: 100, message: '名称为 2 至 100 个字' },
];
