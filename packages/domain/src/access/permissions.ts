import type { Citation } from '../citation/citation.ts';

/**
 * What a person may do to a case and what it holds. Services ask for one of these before
 * acting; the web receives the ones the user has on a case and hides the rest.
 */
export const PERMISSIONS = [
  /** See the case: its number, parties, stage, findings, history. */
  'case:read',
  /** Open a case in one's department. */
  'case:create',
  /** Change it: records, transitions, recordings, attachments. */
  'case:work',
  /** Read its text records. */
  'record:read',
  /** Watch or look at a recording, photo or scan (the bytes, not the list). */
  'evidence:view',
  /** Take a copy of one. */
  'evidence:download',
  /** Act in an approval chain (review, legal review, approve). */
  'case:approve',
  /** Ask for access beyond one's own (调阅申请). */
  'access:request',
  /** Decide a request from inside the agency (the collecting department's head). */
  'access:approve_internal',
  /** Decide a request from another authority or a party (the agency head). */
  'access:approve_external',
  /** End a grant before its time. */
  'access:revoke',
  /** Export the case's access history. */
  'access:export_history',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** Permissions that only read: a supervisor's reach never goes beyond these. */
export const READ_PERMISSIONS: readonly Permission[] = [
  'case:read',
  'record:read',
  'evidence:view',
];

/**
 * Where the regulations restrict use (严格限定使用权限): every decision of the policy can
 * name these.
 */
export const ACCESS_CITATIONS = {
  restrictedUse: { seed: '003', article: '第三十条' },
  beyondOwnPermission: { seed: '000', article: '第十九条' },
  beyondOwnPermissionAndExternal: { seed: '004', article: '第二十三条' },
  partyCopy: { seed: '001', article: '第十二条' },
  partyCopyInspection: { seed: '002', article: '第八条' },
  secretsAndPrivacy: { seed: '003', article: '第三十四条' },
} as const satisfies Record<string, Citation>;
