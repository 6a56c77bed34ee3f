import { describe, expect, it } from 'vitest';
import { historyTargetText } from './history-target.ts';

const CASE = 'baf87d71-84d7-4855-9a37-dc86ec4b9b67';
const AV = 'a5fa9d66-766f-41e9-92ba-668fa365e5bc';
const RECORD = '0e3d1c2b-1111-4222-8333-944455556666';

describe('what the access history says was read', () => {
  it('calls the case itself 本案', () => {
    expect(historyTargetText(`case:${CASE}`, CASE, new Map())).toBe('本案');
  });

  it('names material the page knows by its name', () => {
    const names = new Map([[RECORD, '《询问笔录》']]);
    expect(historyTargetText(`record:${RECORD}`, CASE, names)).toBe('《询问笔录》');
  });

  it('otherwise says what kind it is, with the id cut short', () => {
    expect(historyTargetText(`av_record:${AV}`, CASE, new Map())).toBe('音像记录 a5fa9d66');
    expect(historyTargetText(`upload:${AV}`, CASE, new Map())).toBe('upload a5fa9d66');
  });

  it('says nothing it was not told, and keeps a target of no known shape as it is', () => {
    expect(historyTargetText(null, CASE, new Map())).toBe('—');
    expect(historyTargetText('ledger', CASE, new Map())).toBe('ledger');
  });
});
