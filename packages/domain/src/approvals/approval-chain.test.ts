import { describe, expect, it } from 'vitest';
import type { ActType } from '../enforcement/vocabulary.ts';
import type { PolicyProfile } from '../profiles/profile-schema.ts';
import { seed000Profile } from '../profiles/seed-000.ts';
import { seed001Profile } from '../profiles/seed-001.ts';
import { seed002Profile } from '../profiles/seed-002.ts';
import { seed003Profile } from '../profiles/seed-003.ts';
import { SEED_004_RECORDING, seed004Profile } from '../profiles/seed-004.ts';
import { approvalChainFor, type ApprovalKind } from './approval-chain.ts';

const ordinary = { majorDecision: false, actType: 'penalty' as ActType };
const major = { majorDecision: true, actType: 'penalty' as ActType };

/** "key 标签 roles 引用" per step: the whole chain in one comparable line each. */
function chain(
  kind: ApprovalKind,
  profile: PolicyProfile,
  theCase: { majorDecision: boolean; actType: ActType } = ordinary,
) {
  return approvalChainFor(kind, theCase, profile).map(
    (step) =>
      `${step.key} ${step.label} ${step.roles.join('|')} ${step.citations
        .map((c) => ('law' in c ? `${c.law}${c.article}` : `${c.seed}${c.article}`))
        .join(',')}`,
  );
}

describe('approval chains from the profile', () => {
  it('002 第四条(二): the 科室负责人 gives an opinion, the 主要负责人 approves the launch', () => {
    expect(chain('launch', seed002Profile)).toEqual([
      'review 执法科室负责人意见 department_head 002第四条',
      'approval 主要负责人批准 agency_head 002第四条',
    ]);
  });

  it('003 第三十九条: 审核 then 批准 for the launch and the decision; 第十条 adds the major launch’s legal review', () => {
    expect(chain('launch', seed003Profile)).toEqual([
      'review 审核 department_head 003第三十九条',
      'approval 批准 agency_head 003第三十九条',
    ]);
    expect(chain('launch', seed003Profile, major)).toEqual([
      'review 审核 department_head 003第三十九条',
      'legal_review 法制机构合法性审查 legal_reviewer 003第十条',
      'approval 批准 agency_head 003第三十九条',
    ]);
    expect(chain('decision', seed003Profile, major)).toEqual([
      'review 审核 department_head 003第三十九条',
      'legal_review 法制审核 legal_reviewer 003第二十三条',
      'approval 批准 agency_head 003第三十九条',
    ]);
  });

  it('004 第九条: every penalty decision is legally reviewed, major or not; other acts are not', () => {
    expect(chain('decision', seed004Profile)).toEqual([
      'legal_review 法制审核 legal_reviewer 004第九条',
      'approval 本单位负责人审批 agency_head 004第九条',
    ]);
    expect(approvalChainFor('decision', ordinary, seed004Profile)[0]!.citations).toEqual([
      { seed: '004', article: '第九条', document: SEED_004_RECORDING },
    ]);
    expect(
      chain('decision', seed004Profile, { majorDecision: false, actType: 'inspection' }),
    ).toEqual(['approval 本单位负责人审批 agency_head 004第九条']);
  });

  it('000 第八条 and 001 第五条: 承办机构意见, the legal review of a major decision, the decision', () => {
    expect(chain('decision', seed000Profile)).toEqual([
      'review 承办机构意见 department_head 000第八条',
      'approval 审批决定 agency_head 000第八条',
    ]);
    expect(chain('decision', seed000Profile, major)).toEqual([
      'review 承办机构意见 department_head 000第八条',
      'legal_review 法制审核 legal_reviewer 000第八条',
      'approval 审批决定 agency_head 000第八条',
    ]);
    expect(chain('decision', seed001Profile, major)).toEqual([
      'review 承办机构意见 department_head 001第五条',
      'legal_review 法制审核 legal_reviewer 001第五条',
      'approval 作出决定 agency_head 001第五条',
    ]);
  });

  it('follows the default chain, citing no seed, where the profile names none for the kind', () => {
    for (const profile of [seed000Profile, seed001Profile, seed004Profile]) {
      expect(chain('launch', profile), profile.id).toEqual([
        'approval 负责人批准 department_head|agency_head ',
      ]);
    }
    const silent: PolicyProfile = { id: 'blank', name: '空白', issuer: '某局', seed: '000' };
    expect(chain('decision', silent, major)).toEqual([
      'review 审核 department_head ',
      'legal_review 法制审核 legal_reviewer 行政处罚法第五十八条',
      'approval 负责人批准 agency_head 行政处罚法第五十七条',
    ]);
    expect(chain('decision', silent, { majorDecision: false, actType: 'licensing' })).toEqual([
      'review 审核 department_head ',
      'approval 负责人批准 agency_head ',
    ]);
  });

  it('puts 行政处罚法 第五十八条’s legal review into a major penalty decision whose chain lacks one', () => {
    const edited: PolicyProfile = {
      ...seed004Profile,
      approvalChain: { decision: seed004Profile.approvalChain!.decision!.slice(1) },
    };
    expect(chain('decision', edited, major)).toEqual([
      'legal_review 法制审核 legal_reviewer 行政处罚法第五十八条',
      'approval 本单位负责人审批 agency_head 004第九条',
    ]);
    expect(chain('decision', edited)).toEqual(['approval 本单位负责人审批 agency_head 004第九条']);
    expect(
      chain('decision', edited, { majorDecision: true, actType: 'coercion' }).map((s) => s[0]),
    ).toEqual(['a']);
  });
});
