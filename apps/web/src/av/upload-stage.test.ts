import { describe, expect, it } from 'vitest';
import {
  canCancel,
  canPause,
  canResume,
  isFinal,
  stagePercent,
  stageStatus,
  stageText,
  type UploadPhase,
  type UploadStage,
} from './upload-stage.ts';

const at = (phase: UploadPhase, percent = 0, paused = false): UploadStage => ({
  phase,
  percent,
  paused,
});

describe('the stage a file is at, in the words on its row', () => {
  it('walks 校验计算中 n% → 上传中 n% → 服务器校验 → 已入库', () => {
    expect(stageText(at('queued'))).toBe('等待上传');
    expect(stageText(at('hashing', 37.9))).toBe('校验计算中 37%');
    expect(stageText(at('uploading', 42))).toBe('上传中 42%');
    expect(stageText(at('verifying', 100))).toBe('服务器校验');
    expect(stageText(at('stored', 100))).toBe('已入库');
  });

  it('names each way a file can fail to get in', () => {
    expect(stageText(at('mismatch'))).toBe('校验不一致');
    expect(stageText(at('rejected'))).toBe('已拒绝');
    expect(stageText(at('failed', 60))).toBe('上传中断');
    expect(stageText(at('cancelled'))).toBe('已取消');
  });

  it('says a paused file is paused and where it stopped', () => {
    expect(stageText(at('uploading', 42, true))).toBe('已暂停（上传中 42%）');
    expect(stageText(at('hashing', 5, true))).toBe('已暂停（校验计算中 5%）');
    // A final state is not paused whatever the flag says.
    expect(stageText(at('stored', 100, true))).toBe('已入库');
  });

  it('keeps percentages within 0–100 and whole', () => {
    expect(stageText(at('uploading', 100.4))).toBe('上传中 100%');
    expect(stageText(at('uploading', -3))).toBe('上传中 0%');
    expect(stageText(at('uploading', Number.NaN))).toBe('上传中 0%');
  });

  it('fills the bar per phase and colours it by outcome', () => {
    expect(stagePercent(at('queued', 50))).toBe(0);
    expect(stagePercent(at('hashing', 12.7))).toBe(12);
    expect(stagePercent(at('verifying', 0))).toBe(100);
    expect(stagePercent(at('stored', 0))).toBe(100);
    expect(stageStatus(at('uploading', 10))).toBe('active');
    expect(stageStatus(at('uploading', 10, true))).toBe('normal');
    expect(stageStatus(at('stored'))).toBe('success');
    expect(stageStatus(at('mismatch'))).toBe('exception');
    expect(stageStatus(at('rejected'))).toBe('exception');
    expect(stageStatus(at('cancelled'))).toBe('normal');
  });
});

describe('what can be done to a file now', () => {
  it('pauses only while the browser works through it, and resumes only what is paused', () => {
    expect(canPause(at('hashing'))).toBe(true);
    expect(canPause(at('uploading'))).toBe(true);
    expect(canPause(at('uploading', 10, true))).toBe(false);
    // Once every byte is out the server is checking: nothing left to pause.
    expect(canPause(at('verifying'))).toBe(false);
    expect(canPause(at('queued'))).toBe(false);
    expect(canResume(at('uploading', 10, true))).toBe(true);
    expect(canResume(at('uploading', 10))).toBe(false);
    expect(canResume(at('failed', 10, true))).toBe(false);
  });

  it('cancels anything not finished and not already with the server', () => {
    for (const phase of ['queued', 'hashing', 'uploading'] as const) {
      expect(canCancel(at(phase))).toBe(true);
    }
    for (const phase of [
      'verifying',
      'stored',
      'mismatch',
      'rejected',
      'failed',
      'cancelled',
    ] as const) {
      expect(canCancel(at(phase))).toBe(false);
    }
    expect(isFinal('stored')).toBe(true);
    expect(isFinal('verifying')).toBe(false);
  });
});
