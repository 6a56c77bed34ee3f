import { SERVICE_METHODS, type ServiceMethod } from '../../enforcement/vocabulary.ts';
import type { ProfileCitation } from '../../profiles/profile-schema.ts';
import { s000, s001, s002, s003, s004 } from './articles.ts';
import { field, optional, type FieldOptions } from './field.ts';
import type { RecordTypeSpec } from './spec.ts';

const a000 = s000('第十条');
const a002 = s002('第七条');
const a003 = s003('第二十五条');
const a004 = s004('第十条');

/**
 * The article each seed gives a service method. 001 has none (第五条(四) says only "送达情况"),
 * 000 names four methods, 002 six (委托、转交 together), 003 seven, 004 six with 电子邮件.
 */
export const SERVICE_METHOD_CITATIONS: Readonly<Record<ServiceMethod, readonly ProfileCitation[]>> =
  {
    personal: [a000, a002, a003, a004],
    postal: [a000, a002, a003, a004],
    entrusted: [a002, a003],
    forwarded: [a002, a003],
    leaving: [a000, a002, a003, a004],
    fax: [a003, a004],
    electronic: [a004],
    public_notice: [a000, a002, a003, a004],
  };

/** The key every rule reads the method under. */
export const SERVICE_METHOD_FIELD = 'method';

function when(...methods: ServiceMethod[]): FieldOptions {
  return { requiredWhen: { kind: 'field_in', field: SERVICE_METHOD_FIELD, values: methods } };
}

/**
 * 送达回证. Every proof states what was served on whom, how and when (000 第九条(一)); the
 * rest depends on the method and is required only for it. The union rule of FieldSpec holds
 * per method: where two seeds name different signers (002 第七条(一)3 受委托人, 003 第二十五条(三)
 * 受送达人 for entrusted service), both are required, since both sign in practice.
 *
 * Party signature is `not_required` at type level: who signs depends on the method (the
 * recipient for personal service; by definition nobody for service by leaving, where the
 * witness signs), so the per-method fields carry it and service-proof-incomplete checks it.
 */
export const PROOF_OF_SERVICE: RecordTypeSpec = {
  id: 'proof_of_service',
  label: '送达回证',
  stage: 'service_and_execution',
  partySignature: 'not_required',
  // 004 第六条(八) lists 文书送达 among the acts recorded in writing.
  citations: [s000('第九条'), a000, s001('第五条'), a002, a003, s004('第六条'), a004],
  fields: [
    field(SERVICE_METHOD_FIELD, 'choice', '送达方式', [s000('第九条'), a000, a002, a003, a004], {
      choices: SERVICE_METHODS,
    }),
    field('documentServed', 'text', '送达的行政执法文书', [a000, a002, a003, a004]),
    field('recipient', 'text', '受送达人', [a000, a002, a003, a004]),
    field('servedAt', 'instant', '送达的时间', [s000('第九条'), a000]),
    field(
      'place',
      'text',
      '送达的地点',
      [s000('第九条'), a000, a002, a003],
      when('personal', 'entrusted', 'forwarded', 'leaving'),
    ),
    // What 000 第十条 lists per method is what 第九条's "送达的情况" consists of.
    field('serviceNote', 'text', '送达的情况', [s000('第九条'), s001('第五条')], optional),
    field(
      'serverSignature',
      'text',
      '送达人签名或盖章',
      [a000, a002, a003, a004],
      when('personal', 'entrusted', 'forwarded', 'leaving'),
    ),
    field(
      'recipientSignature',
      'text',
      '受送达人或者符合法定条件的签收人签名或盖章',
      [a000, a002, a003, a004],
      when('personal', 'entrusted', 'forwarded'),
    ),
    field('agentSignature', 'text', '受委托人签名或盖章', [a002], when('entrusted', 'forwarded')),
    field('entrustReason', 'text', '委托、转交原因', [a002, a003], when('entrusted', 'forwarded')),
    field('refusalReason', 'text', '拒收事由', [a000, a002, a003, a004], when('leaving')),
    field('refusalDate', 'date', '拒收日期', [a002, a003], when('leaving')),
    field('witnessSignature', 'text', '见证人签名或盖章', [a000, a002, a003], when('leaving')),
    field('postalService', 'choice', '挂号信或邮政特快专递', [a002, a003], {
      ...when('postal'),
      choices: ['挂号信', '邮政特快专递'],
    }),
    field('postingRegistration', 'text', '邮寄送达的登记', [a002, a003], when('postal')),
    field('postingReceipt', 'text', '付邮凭证', [a000, a002, a003, a004], when('postal')),
    // A letter the post office returns has no receipt; the note of the return replaces it.
    field('returnReceipt', 'text', '回执或者寄达查询记录', [a000, a002, a003, a004], {
      requiredWhen: {
        kind: 'all',
        conditions: [
          { kind: 'field_in', field: SERVICE_METHOD_FIELD, values: ['postal'] },
          { kind: 'field_absent', field: 'returnedByPost' },
        ],
      },
    }),
    field('returnedByPost', 'text', '被邮政企业退回的具体情况', [a003, a004], optional),
    field('faxSentAt', 'instant', '传真时间', [a003, a004], when('fax')),
    field('recipientFaxNumber', 'text', '受送达人的传真号码', [a003, a004], when('fax')),
    field('confirmationRecord', 'choice', '记录方式', [a004], {
      ...when('fax', 'electronic', 'public_notice'),
      choices: ['电话录音', '短信', '截屏截图', '屏幕录像', '拍照', '录像', '其他适当方式'],
    }),
    field(
      'otherMethodsFailed',
      'text',
      '已经采用其他方式均无法送达的情况',
      [a002, a003, a004],
      when('public_notice'),
    ),
    field(
      'noticeMedium',
      'text',
      '公告送达的方式和载体',
      [a000, a002, a003, a004],
      when('public_notice'),
    ),
    field('writtenNotice', 'text', '书面公告', [a000, a002, a003, a004], when('public_notice')),
    field(
      'reasonAndProcess',
      'text',
      '原因和经过',
      [a000, a002, a003, a004],
      when('public_notice'),
    ),
  ],
};
