import type { AvItemListPublications } from '../api/agency-profiles.ts';

// Whether what the agency applies now is what the public reads (003 第十八条 向社会公开).

export type PublicationStatus =
  | { readonly kind: 'none' }
  | { readonly kind: 'unpublished' }
  | {
      readonly kind: 'current' | 'outdated';
      readonly latest: AvItemListPublications['items'][number];
    };

/**
 * `unpublished`: nothing made public yet; `current`: the list in force is the one published
 * last (same digest); `outdated`: a newer version is in force and the public still reads the
 * older one; `none`: the agency has no list at all.
 */
export function publicationStatus(publications: AvItemListPublications): PublicationStatus {
  const { inForce, items } = publications;
  const [latest] = items;
  if (inForce === null)
    return latest === undefined ? { kind: 'none' } : { kind: 'outdated', latest };
  if (latest === undefined) return { kind: 'unpublished' };
  return { kind: latest.sha256 === inForce.sha256 ? 'current' : 'outdated', latest };
}

/** 第 3 版 / 内置制度: which list, as a clerk names it. */
export function listVersionLabel(version: number | null): string {
  return version === null ? '内置制度' : `第 ${version} 版`;
}
