import { describe, expect, it } from 'vitest';
import type { AvItemListPublications } from '../api/agency-profiles.ts';
import { listVersionLabel, publicationStatus } from './publication-status.ts';

type Publication = AvItemListPublications['items'][number];

const publication = (sha256: string, profileVersion: number | null): Publication => ({
  id: `p-${sha256}`,
  profileId: 'agency-1',
  profileVersion,
  itemCount: 4,
  sha256,
  publishedAt: '2026-03-03T01:00:00.000Z',
  publishedBy: { id: 'u-1', name: '周局长' },
});

const inForce = (sha256: string, version: number | null) => ({
  profileId: 'agency-1',
  profileName: '某局执法全过程记录制度',
  version,
  itemCount: 4,
  sha256,
});

describe('whether the public reads the list in force', () => {
  it('is unpublished until the first publication', () => {
    expect(publicationStatus({ inForce: inForce('a', 1), items: [] })).toEqual({
      kind: 'unpublished',
    });
  });

  it('is current when the newest publication is the list in force, by its digest', () => {
    const latest = publication('b', 2);
    expect(
      publicationStatus({ inForce: inForce('b', 2), items: [latest, publication('a', 1)] }),
    ).toEqual({ kind: 'current', latest });
  });

  it('is outdated once a version saved since differs from what was published', () => {
    const latest = publication('a', 1);
    expect(publicationStatus({ inForce: inForce('b', 2), items: [latest] })).toEqual({
      kind: 'outdated',
      latest,
    });
  });

  it('has nothing to say for an agency without a list', () => {
    expect(publicationStatus({ inForce: null, items: [] })).toEqual({ kind: 'none' });
  });

  it('names the list by its version, or as the built-in one', () => {
    expect(listVersionLabel(3)).toBe('第 3 版');
    expect(listVersionLabel(null)).toBe('内置制度');
  });
});
