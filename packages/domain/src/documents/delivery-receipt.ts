import type { Instant } from '../enforcement/instant.ts';
import { shanghaiDateOf } from '../enforcement/instant.ts';
import { documentDate, documentDateTime } from './document-dates.ts';
import type { DocumentLayout } from './document-layout.ts';

/** What the platform knows of one electronic service, for its receipt (电子送达回执). */
export interface ElectronicDelivery {
  readonly agencyName: string;
  readonly documentTitle: string;
  readonly documentNumber: string;
  readonly documentSha256: string;
  readonly recipientName: string;
  /** Where the link was sent: a mobile number, an e-mail address, a messaging account. */
  readonly address: string;
  /** How the party agreed to electronic service (确认书). */
  readonly consent: string;
  readonly sentAt: Instant;
  readonly sentByName: string;
  /** When the party first opened the document through the link: the moment of service. */
  readonly deliveredAt: Instant;
  readonly deliveredFrom: string;
}

/**
 * 电子送达回执: the platform's own account of an electronic service, made from what it
 * recorded when the party opened the document. 行政处罚法 第六十一条 allows service by
 * electronic means where the party agreed and signed a 确认书 (cited from memory: the statute
 * is not in the repository); the receipt states that agreement, the document by its number
 * and digest, and when and from where it reached the party.
 */
export function deliveryReceiptLayout(delivery: ElectronicDelivery): DocumentLayout {
  return {
    kind: 'proof_of_service',
    masthead: delivery.agencyName,
    title: '电子送达回执',
    number: null,
    draft: false,
    verification: null,
    blocks: [
      {
        type: 'fields',
        rows: [
          { label: '送达文书', value: delivery.documentTitle },
          { label: '文号', value: delivery.documentNumber },
          { label: '文件摘要（SHA-256）', value: delivery.documentSha256 },
          { label: '受送达人', value: delivery.recipientName },
          { label: '送达地址', value: delivery.address },
          { label: '同意电子送达的情况', value: delivery.consent },
          { label: '送达方式', value: '电子送达（经本系统发送文书查阅链接）' },
          { label: '发送时间', value: documentDateTime(delivery.sentAt) },
          { label: '发送人', value: delivery.sentByName },
          { label: '送达时间', value: documentDateTime(delivery.deliveredAt) },
          { label: '查阅来源', value: delivery.deliveredFrom },
        ],
      },
      {
        type: 'paragraph',
        indent: true,
        text: '受送达人于上述送达时间通过本系统发送的链接首次打开上述文书，文书自该时间起视为送达。本回执由系统根据留痕日志记载的发送和查阅记录生成；所送达文件与签发存档的文件摘要一致。',
      },
    ],
    closing: {
      agencyName: delivery.agencyName,
      date: documentDate(shanghaiDateOf(delivery.deliveredAt)),
      sealed: false,
    },
  };
}
