import type { DismissalKind, ImportStatus, PlacementKind } from './imports-api.ts';

/** The inbox's tabs, in the order a clerk works through them. */
export const IMPORT_STATUSES: readonly ImportStatus[] = [
  'unassigned',
  'matched',
  'registered',
  'incident',
  'dismissed',
];

export const STATUS_INFO: Record<ImportStatus, { label: string; color: string; hint: string }> = {
  unassigned: {
    label: '待分配',
    color: 'orange',
    hint: '未能按领用人和办理时间确定所属案件，须在期限内分配到案件或排除。',
  },
  matched: {
    label: '待登记',
    color: 'blue',
    hint: '已归入案件，等待承办人登记为音像记录。',
  },
  registered: { label: '已登记', color: 'green', hint: '已登记为案件的音像记录。' },
  incident: {
    label: '已分配到事件',
    color: 'purple',
    hint: '记录的是突发事件、群体性事件或专项行动等非案件事项，已以事件名称标识。',
  },
  dismissed: { label: '已排除', color: 'default', hint: '误录或与执法无关，已说明理由。' },
};

export const PLACEMENT_KIND_LABELS: Record<PlacementKind, string> = {
  automatic: '系统自动归入',
  manual: '人工分配',
  unmatched: '未能自动归入',
  dismissed: '排除',
  incident: '分配到事件',
};

export const DISMISSAL_INFO: Record<DismissalKind, { label: string; hint: string }> = {
  accidental: {
    label: '误录（无执法内容）',
    hint: '误触录制、测试画面等，不含执法内容。',
  },
  unrelated: {
    label: '与执法无关',
    hint: '与执法无关的录制违反规定（000 第二十一条(六)），将记为检查发现。',
  },
};
