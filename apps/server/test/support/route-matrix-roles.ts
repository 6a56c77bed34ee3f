/**
 * The people of the route authorization matrix and what each may do, written out by hand
 * from the domain's ROLE_REACH (packages/domain/src/access/role-reach.ts) and the
 * administrators' rules (apps/server/src/identity/admin-scope.ts), as docs/decisions.md
 * states them ("Who may read what"). The matrix test checks the server against this table;
 * the table is not computed from the code it checks.
 *
 * Every case resource lives in agency A (常山), department 1; the handler is on the case.
 */
export const ROLES = {
  handler: '本案承办执法人员',
  colleague: '同一承办机构的执法人员（非本案）',
  otherOfficer: '本机关其他承办机构的执法人员',
  head: '本案承办机构负责人',
  otherHead: '本机关其他承办机构负责人',
  legal: '法制审核人员',
  chief: '机关负责人',
  archivist: '档案管理员',
  supervisor: '执法监督人员（监督本机关）',
  otherSupervisor: '执法监督人员（监督他机关）',
  agencyAdmin: '本机关系统管理员',
  otherAgencyAdmin: '他机关系统管理员',
  platformAdmin: '平台系统管理员',
  otherAgencyOfficer: '他机关执法人员',
} as const;

export type RoleKey = keyof typeof ROLES;
export const ROLE_KEYS = Object.keys(ROLES) as RoleKey[];

/**
 * Y: allowed (any answer but 401, 403, 404 or a 5xx; a 409 or 422 after the gate is allowed);
 * N: refused with 403 (the person may know the resource exists);
 * H: refused with 404 (another agency's, or beyond all reach: as if absent);
 * R: refused, 403 or 404 (which one is not a promise of the product).
 */
export type Outcome = 'Y' | 'N' | 'H' | 'R';

/**
 * Rule → one letter per role, in the order of ROLES:
 *   handler colleague otherOfficer head otherHead legal chief archivist
 *   supervisor otherSupervisor agencyAdmin otherAgencyAdmin platformAdmin otherAgencyOfficer
 */
const TABLE = {
  // ── the case and what it holds (ROLE_REACH) ─────────────── h c o H O l C a s S A B P X
  'case:read': /*                                          */ 'Y Y N Y N Y Y Y Y H N H H H',
  'record:read': /*                                        */ 'Y Y N Y N Y Y Y Y H N H H H',
  'case:work': /*                                          */ 'Y N N Y N N Y N N H N H H H',
  // a party's copy of an issued document: never by role, only under an approved 当事人复制
  // request (001 第十二条); who may know the case exists is told so (403)
  'document:partyCopy': /*                                 */ 'N N N N N N N N N H N H H H',
  // 行政处罚法 第六十条's period extended: approved by the agency head, so only he enters it
  'case:extendPeriod': /*                                  */ 'N N N N N N Y N N H N H H H',
  'evidence:view': /*                                      */ 'Y N N Y N Y Y Y Y H N H H H',
  'evidence:download': /*                                  */ 'Y N N Y N N Y Y N H N H H H',
  'access:request': /*                                     */ 'Y Y Y Y Y Y Y Y N H N H H H',
  'access:export_history': /*                              */ 'N N N Y N N Y Y N H N H H H',
  // deciding and revoking another's request (access:approve_internal, access:revoke)
  'access:decide': /*                                      */ 'N N N Y N N Y N N H N H H H',
  // acting on a launch approval's step (seed-004: the department head or the agency head)
  'approval:act': /*                                       */ 'N N N Y N N Y N N H N H H H',
  // a docked file placed on the case: the case's policy; placing or setting it aside is
  // refused to a non-worker before the file is looked up (403 for any id: no oracle)
  'importedFile:place': /*                                 */ 'Y N N Y N N Y N N R N R R R',
  // a docked file on no case (the inbox): the agency's people list it; those who place files
  // (officers, heads, archivist) view it to find its case; a copy waits until it is on one
  'inbox:list': /*                                         */ 'Y Y Y Y Y Y Y Y R R Y R R R',
  'inbox:view': /*                                         */ 'Y Y Y Y Y N Y Y H H N H H H',
  'inbox:download': /*                                     */ 'N N N N N N N N H H N H H H',
  // an incident (事件) and the docked files on it: the agency's people who place files read
  // and place; a copy is made for the heads and the archivist (docs/decisions.md, issue 15)
  'incident:read': /*                                      */ 'Y Y Y Y Y N Y Y H H N H H H',
  'incident:place': /*                                     */ 'Y Y Y Y Y N Y Y N R N R R R',
  'incident:download': /*                                  */ 'N N N Y Y N Y Y H H N H H H',
  // ── identity and settings (admin-scope) ─────────────────── h c o H O l C a s S A B P X
  'agency:read': /*                                        */ 'Y Y Y Y Y Y Y Y Y H Y H Y H',
  // refused before the id is looked up: a non-administrator gets 403 for any id (no oracle)
  'agency:admin': /*                                       */ 'N N N N N N N N N R Y H Y R',
  'user:admin': /*                                         */ 'N N N N N N N N N R Y H Y R',
  // hole 5: a role that reads cases is granted by a platform administrator only, and nobody
  // changes his own roles (the agency administrator making himself agency head)
  'user:grantReadingRole': /*                              */ 'N N N N N N N N N R N H Y R',
  'user:ownRoles': /*                                      */ 'N N N N N N N N N N N N N N',
  // the supervisor's own list of supervised agencies: himself and the platform administrator
  'supervision:read': /*                                   */ 'H H H H H H H H Y H H H Y H',
  'supervision:set': /*                                    */ 'N N N N N N N N N N N N Y N',
  // an agency's own profile: its people, its supervisors and the platform read it; its head
  // and administrators (and the platform's) copy and edit it
  'agencyProfile:read': /*                                 */ 'Y Y Y Y Y Y Y Y Y H Y H Y H',
  'agencyProfile:edit': /*                                 */ 'N N N N N N Y N N N Y H Y H',
  // the 音像记录事项清单 made public: its head alone (003 第十八条); others of reach are refused
  'agencyProfile:publish': /*                              */ 'N N N N N N Y N N H N H N H',
  'profile:read': /*                                       */ 'Y Y Y Y Y Y Y Y Y Y Y Y Y Y',
  public: /*                                               */ 'Y Y Y Y Y Y Y Y Y Y Y Y Y Y',
  // ── the ledger's entries (proof bundles) ───────────────── h c o H O l C a s S A B P X
  'ledger:agency': /*                                      */ 'H H H H H H Y H Y H Y H Y H',
  'ledger:platform': /*                                    */ 'H H H H H H H H H H H H Y H',
  // ── the agency's devices, uploads and own things ───────── h c o H O l C a s S A B P X
  'bodyCamera:read': /*                                    */ 'Y Y Y Y Y Y Y Y Y H Y H Y H',
  'bodyCamera:keep': /*                                    */ 'N N N Y Y N Y N N H Y H Y H',
  // an upload in progress: its uploader (the handler) sends bytes; he or the agency's
  // administrator may look at it or end it; to anyone else it does not exist
  'upload:read': /*                                        */ 'Y H H H H H H H H H Y H H H',
  'upload:write': /*                                       */ 'Y H H H H H H H H H H H H H',
  'upload:terminate': /*                                   */ 'Y H H H H H H H H H Y H H H',
  'savedView:owner': /*                                    */ 'Y H H H H H H H H H H H H H',
  // a stored object's metadata (name, size, digests): the agency's people
  'evidenceObject:read': /*                                */ 'Y Y Y Y Y Y Y Y H H Y H H H',
} as const;

export type Rule = keyof typeof TABLE;

export const EXPECTED: Readonly<Record<Rule, Readonly<Record<RoleKey, Outcome>>>> =
  Object.fromEntries(
    Object.entries(TABLE).map(([rule, row]) => {
      const letters = row.split(' ') as Outcome[];
      if (letters.length !== ROLE_KEYS.length) throw new Error(`row ${rule} has ${letters.length}`);
      return [rule, Object.fromEntries(ROLE_KEYS.map((role, i) => [role, letters[i]!]))];
    }),
  ) as never;

/** Not of agency A: they must not tell an id of A from an id that does not exist. */
export const OUTSIDERS: readonly RoleKey[] = [
  'otherSupervisor',
  'otherAgencyAdmin',
  'platformAdmin',
  'otherAgencyOfficer',
];

export function outcomeMatches(expected: Outcome, statusCode: number): boolean {
  switch (expected) {
    case 'Y':
      return statusCode < 500 && ![400, 401, 403, 404].includes(statusCode);
    case 'N':
      return statusCode === 403;
    case 'H':
      return statusCode === 404;
    case 'R':
      return statusCode === 403 || statusCode === 404;
  }
}
