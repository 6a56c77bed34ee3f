import type { CopyMark } from '../copy-mark.ts';

/** One download's mark, fixed so that tests can look for its exact text. */
export const SAMPLE_MARK: CopyMark = {
  copyId: '5e6f7a8b-1111-4222-8333-444455556666',
  requesterName: '张三',
  requesterUsername: 'zhangsan',
  grant: { id: '1a2b3c4d-aaaa-4bbb-8ccc-dddddddddddd' },
  issuedAt: new Date('2026-11-23T06:05:00Z'),
  agencyName: '某某市市场监督管理局',
};
