import { describe, expect, it } from 'vitest';
import { describeFindingQuery, findingFilterCodec } from './finding-filter-query.ts';

describe('the findings list’s filters in the query string', () => {
  it('keep severities in the list’s order, known ones only', () => {
    const values = findingFilterCodec.read({ severity: 'due,bogus,missing', dueSoon: 'true' });
    expect(values).toEqual({
      severities: ['missing', 'due'],
      departmentId: undefined,
      dueSoon: true,
    });
    expect(findingFilterCodec.write(values)).toEqual({ severity: 'missing,due', dueSoon: 'true' });
    expect(
      findingFilterCodec.write({
        severities: ['due', 'missing'],
        departmentId: undefined,
        dueSoon: false,
      }),
    ).toEqual({ severity: 'missing,due' });
    expect(findingFilterCodec.write(findingFilterCodec.read({ severity: '' }))).toEqual({});
  });

  it('are described in words', () => {
    expect(
      describeFindingQuery(
        { severity: 'violation,undetermined', dueSoon: 'true' },
        () => undefined,
      ),
    ).toEqual(['严重程度：违规、无法判断', '7 日内到期']);
  });
});
