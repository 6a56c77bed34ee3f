import { describe, expect, it } from 'vitest';
import { sameQuery } from '../common/use-url-filters.ts';
import { caseFilterCodec, describeCaseQuery } from './case-filter-query.ts';

const DEPARTMENT = '5f0c2a4e-8d1b-4c3a-9e7f-1a2b3c4d5e6f';

describe('the case list’s filters in the query string', () => {
  it('read what the case API takes and ignore anything else', () => {
    expect(
      caseFilterCodec.read({
        stage: 'investigation',
        actType: 'penalty',
        departmentId: DEPARTMENT,
        search: '  店招 ',
        includeClosedInError: 'true',
        utm_source: 'mail',
      }),
    ).toEqual({
      stage: 'investigation',
      actType: 'penalty',
      departmentId: DEPARTMENT,
      search: '店招',
      includeClosedInError: true,
    });
    // A link edited by hand (or from an older version) filters by nothing rather than failing.
    expect(
      caseFilterCodec.read({
        stage: 'closed',
        actType: 'PENALTY',
        departmentId: '12',
        includeClosedInError: 'yes',
      }),
    ).toEqual({
      stage: undefined,
      actType: undefined,
      departmentId: undefined,
      search: '',
      includeClosedInError: false,
    });
  });

  it('write only what is set, so equal filters give equal queries', () => {
    expect(
      caseFilterCodec.write({
        stage: undefined,
        actType: 'coercion',
        departmentId: undefined,
        search: '   ',
        includeClosedInError: false,
      }),
    ).toEqual({ actType: 'coercion' });
    const query = { includeClosedInError: 'true', search: '噪声', stage: 'decision' };
    expect(sameQuery(caseFilterCodec.write(caseFilterCodec.read(query)), query)).toBe(true);
    expect(sameQuery({ stage: 'decision' }, { stage: 'decision', search: '噪声' })).toBe(false);
    expect(sameQuery({ stage: 'decision' }, { stage: 'launch' })).toBe(false);
  });

  it('are described in words for the list of views', () => {
    const names = (id: string) => (id === DEPARTMENT ? '执法一中队' : undefined);
    expect(
      describeCaseQuery(
        { stage: 'launch', actType: 'penalty', departmentId: DEPARTMENT, search: '店招' },
        names,
      ),
    ).toEqual(['环节：程序启动', '执法类别：行政处罚', '承办机构：执法一中队', '搜索：店招']);
    expect(
      describeCaseQuery(
        { departmentId: '00000000-0000-4000-8000-000000000000', includeClosedInError: 'true' },
        names,
      ),
    ).toEqual(['承办机构：（已不在本机关）', '含误立已关闭的案件']);
  });
});
