import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../profiles/builtin-profiles.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { importedFileFindings, type ImportedFileFacts } from './imported-file-findings.ts';

function profile(seed: string): PolicyProfile {
  return BUILTIN_PROFILES.find((candidate) => candidate.id === `seed-${seed}`)!;
}

const file: ImportedFileFacts = {
  id: 'f1',
  fileName: 'DSJ001_20260303_090000.mp4',
  deviceSerial: 'DSJ-001',
  capturedUntil: '2026-03-03T09:20:00+08:00',
  importedAt: '2026-03-03T18:00:00+08:00',
  placement: { kind: 'unassigned' },
};

describe('importedFileFindings', () => {
  it('is due within 24 hours of the recording under 000 and late after', () => {
    const [due] = importedFileFindings(profile('000'), file, '2026-03-04T09:00:00+08:00');
    expect(due).toMatchObject({ severity: 'due', dueAt: '2026-03-04T01:20:00.000Z' });
    expect(due!.citations).toContainEqual({ seed: '000', article: '第十六条' });
    const [late] = importedFileFindings(profile('000'), file, '2026-03-04T10:20:00+08:00');
    expect(late).toMatchObject({ ruleId: 'recording-unassigned-late', severity: 'violation' });
    expect(late!.message).toContain('已逾期 1 小时');
  });

  it('counts from the docking under 003, whose deadline runs from the return to the unit', () => {
    const [due] = importedFileFindings(
      profile('003'),
      { ...file, importedAt: '2026-03-06T18:00:00+08:00' },
      '2026-03-09T09:00:00+08:00',
    );
    // Friday 2026-03-06 + 2 working days → the end of Tuesday 2026-03-10.
    expect(due).toMatchObject({ severity: 'due', dueAt: '2026-03-10T16:00:00.000Z' });
    expect(due!.citations).toContainEqual({ seed: '003', article: '第二十九条' });
  });

  it('with a reason the seeds allow, the after-return deadline runs from the docking (000 第十六条)', () => {
    // Docked 2026-03-04 18:00, 33 hours after the recording ended: late without a reason.
    const back = { ...file, importedAt: '2026-03-04T18:00:00+08:00' };
    const at = '2026-03-04T18:30:00+08:00';
    const [late] = importedFileFindings(profile('000'), back, at);
    expect(late!.severity).toBe('violation');
    const [due] = importedFileFindings(profile('000'), { ...back, awayReason: 'remote_area' }, at);
    expect(due).toMatchObject({ severity: 'due', dueAt: '2026-03-05T10:00:00.000Z' });
    expect(due!.message).toContain('在偏远、交通不便地区执法后返回单位导入');
    // 004 has no such relief: its 二日 still run from the recording.
    const [ordinary] = importedFileFindings(
      profile('004'),
      { ...back, awayReason: 'remote_area' },
      at,
    );
    expect(ordinary!.message).toContain('自拍摄结束');
  });

  it('has nothing to say once the file is on a case or set aside as recorded by mistake', () => {
    const late = '2026-04-01T00:00:00+08:00';
    expect(
      importedFileFindings(profile('000'), { ...file, placement: { kind: 'case' } }, late),
    ).toEqual([]);
    // 004 第十八条 标明案号（或事件名称）: an incident's name labels it as a case number would.
    expect(
      importedFileFindings(profile('004'), { ...file, placement: { kind: 'unassigned' } }, late),
    ).toMatchObject([{ ruleId: 'recording-unassigned-late', severity: 'violation' }]);
    expect(
      importedFileFindings(profile('004'), { ...file, placement: { kind: 'incident' } }, late),
    ).toEqual([]);
    expect(
      importedFileFindings(
        profile('000'),
        { ...file, placement: { kind: 'dismissed', dismissal: 'accidental' } },
        late,
      ),
    ).toEqual([]);
  });

  it('records a recording unrelated to enforcement as a violation of 000 第二十一条(六)', () => {
    const [finding] = importedFileFindings(
      profile('004'),
      { ...file, placement: { kind: 'dismissed', dismissal: 'unrelated' } },
      '2026-03-03T19:00:00+08:00',
    );
    expect(finding).toMatchObject({
      ruleId: 'recording-unrelated',
      severity: 'violation',
      citations: [{ seed: '000', article: '第二十一条' }],
    });
    expect(finding!.message).toContain('第（六）项');
  });
});
