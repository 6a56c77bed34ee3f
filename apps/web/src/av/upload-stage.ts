/**
 * Where one file is on its way into the evidence store:
 * queued → hashing (校验计算中) → uploading (上传中) → verifying (服务器校验) → stored (已入库),
 * or it ends as mismatch (校验不一致), rejected (已拒绝), failed or cancelled.
 */
export type UploadPhase =
  | 'queued'
  | 'hashing'
  | 'uploading'
  | 'verifying'
  | 'stored'
  | 'mismatch'
  | 'rejected'
  | 'failed'
  | 'cancelled';

export interface UploadStage {
  readonly phase: UploadPhase;
  /** 0–100 within the phase (hashing or uploading). */
  readonly percent: number;
  readonly paused: boolean;
}

const FINAL: ReadonlySet<UploadPhase> = new Set([
  'stored',
  'mismatch',
  'rejected',
  'failed',
  'cancelled',
]);

/** Nothing more will happen to the file without the user (retry) or at all. */
export function isFinal(phase: UploadPhase): boolean {
  return FINAL.has(phase);
}

/** Work is under way or waiting to be resumed: leaving the page would interrupt it. */
export function isInProgress(phase: UploadPhase): boolean {
  return phase === 'hashing' || phase === 'uploading' || phase === 'verifying';
}

/** Pause is offered only while the browser itself is working through the file. */
export function canPause(stage: UploadStage): boolean {
  return !stage.paused && (stage.phase === 'hashing' || stage.phase === 'uploading');
}

export function canResume(stage: UploadStage): boolean {
  return stage.paused && !isFinal(stage.phase);
}

export function canCancel(stage: UploadStage): boolean {
  return !isFinal(stage.phase) && stage.phase !== 'verifying';
}

function clampPercent(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return Math.min(100, Math.max(0, Math.floor(percent)));
}

/** The words on a file's row, e.g. 校验计算中 37%, 已暂停（上传中 42%）, 已入库. */
export function stageText(stage: UploadStage): string {
  const percent = clampPercent(stage.percent);
  const active = ((): string => {
    switch (stage.phase) {
      case 'queued':
        return '等待上传';
      case 'hashing':
        return `校验计算中 ${percent}%`;
      case 'uploading':
        return `上传中 ${percent}%`;
      case 'verifying':
        return '服务器校验';
      case 'stored':
        return '已入库';
      case 'mismatch':
        return '校验不一致';
      case 'rejected':
        return '已拒绝';
      case 'failed':
        return '上传中断';
      case 'cancelled':
        return '已取消';
    }
  })();
  return stage.paused && !isFinal(stage.phase) ? `已暂停（${active}）` : active;
}

/** How far the bar is filled: hashing and uploading each fill it once. */
export function stagePercent(stage: UploadStage): number {
  switch (stage.phase) {
    case 'queued':
      return 0;
    case 'hashing':
    case 'uploading':
      return clampPercent(stage.percent);
    case 'verifying':
    case 'stored':
      return 100;
    default:
      return clampPercent(stage.percent);
  }
}

/** The antd Progress status for the phase. */
export function stageStatus(stage: UploadStage): 'normal' | 'active' | 'success' | 'exception' {
  if (stage.phase === 'stored') return 'success';
  if (stage.phase === 'mismatch' || stage.phase === 'rejected' || stage.phase === 'failed') {
    return 'exception';
  }
  if (stage.paused || stage.phase === 'queued' || stage.phase === 'cancelled') return 'normal';
  return 'active';
}
