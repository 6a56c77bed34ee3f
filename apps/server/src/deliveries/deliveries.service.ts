import { deliveryReceiptLayout, type Instant } from '@liuhen/domain';
import { createHash, randomBytes } from 'node:crypto';
import { eventActor, type Actor } from '../auth/actor.ts';
import { requireWorker } from '../cases/case-policy.ts';
import * as cases from '../cases/cases.repository.ts';
import type { Db } from '../db/database.ts';
import type { DocumentRenderer } from '../documents/document-renderer.ts';
import type { DocumentsService } from '../documents/documents.service.ts';
import * as documents from '../documents/issued-documents.repository.ts';
import { evidenceKeyOf, type EvidenceStore } from '../evidence/evidence-store.ts';
import { Problem, problems } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import type { Ledger } from '../ledger/ledger.ts';
import * as repository from './deliveries.repository.ts';

/** How long a link stays good: long enough for a party away from home, not for ever. */
export const DELIVERY_LINK_DAYS = 30;

const linkProblem = () =>
  new Problem(
    404,
    'delivery-link-invalid',
    '链接无效',
    '该文书查阅链接无效。请核对短信或邮件中的完整链接，或联系发送文书的执法机关。',
  );

const tokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');

export interface DeliveriesDependencies {
  readonly db: Db;
  readonly ledger: Ledger;
  readonly store: EvidenceStore;
  readonly documents: DocumentsService;
  readonly renderer: DocumentRenderer;
  readonly publicUrl: string;
  readonly now: () => Date;
}

export interface NewDelivery {
  readonly recipientName: string;
  readonly address: string;
  readonly consent: string;
}

/**
 * 电子送达: an issued document reaches the party as a link to its stored PDF, sent to the
 * address the party agreed to. The first opening through the link is recorded (time, address
 * it came from) and on the ledger: that is the moment of service, and the receipt says so.
 */
export function createDeliveriesService(deps: DeliveriesDependencies) {
  const { db, ledger, now } = deps;

  async function openLink(token: string) {
    const listing = await repository.findByToken(db, tokenDigest(token));
    if (listing === undefined) throw linkProblem();
    const document = await documents.findDocument(db, listing.delivery.documentId);
    if (document === undefined) throw linkProblem();
    return { listing, document };
  }

  return {
    async send(actor: Actor, documentId: string, input: NewDelivery) {
      const listing = await deps.documents.get(actor, documentId);
      const token = randomBytes(24).toString('base64url');
      const sentAt = now();
      const expiresAt = new Date(sentAt.getTime() + DELIVERY_LINK_DAYS * 86_400_000);
      const delivery = await ledger.transaction(async (tx, record) => {
        const caseRow = await cases.lockCase(tx, listing.document.caseId);
        if (!caseRow) throw problems.notFound('该案件');
        await requireWorker(tx, actor, caseRow, await cases.listOfficers(tx, caseRow.id), now());
        if (caseRow.closedInErrorAt !== null || caseRow.stage === 'archived') {
          throw problems.conflict(
            'case-file-closed',
            '案卷已关闭',
            '案件已归档或已关闭，不能再送达文书。',
          );
        }
        const current = await documents.findDocument(tx, documentId);
        if (current?.voided) {
          throw problems.conflict('document-voided', '文书已作废', '已作废的文书不能送达。');
        }
        const row = await repository.insertDelivery(tx, {
          agencyId: caseRow.agencyId,
          caseId: caseRow.id,
          documentId,
          ...input,
          tokenSha256: tokenDigest(token),
          sentBy: actor.id,
          sentAt,
          expiresAt,
        });
        await record({
          action: 'document.sent_electronically',
          agencyId: caseRow.agencyId,
          actor: eventActor(actor),
          target: { type: 'document', id: documentId },
          data: {
            deliveryId: row.id,
            documentId,
            caseId: caseRow.id,
            ...input,
            expiresAt: expiresAt.toISOString(),
          },
        });
        return row;
      });
      return {
        listing: { delivery, sentByName: actor.displayName, receipt: null },
        link: `${deps.publicUrl}/receive/${token}`,
      };
    },

    async list(actor: Actor, documentId: string) {
      await deps.documents.get(actor, documentId);
      return repository.listForDocument(db, documentId);
    },

    /** 电子送达回执 as a PDF, once the party has opened the document. */
    async receipt(actor: Actor, deliveryId: string) {
      const listing = await repository.findDelivery(db, deliveryId);
      if (listing === undefined) throw problems.notFound('该送达记录');
      const { document } = await deps.documents.get(actor, listing.delivery.documentId);
      if (listing.receipt === null) {
        throw problems.conflict(
          'delivery-not-yet-received',
          '尚未送达',
          '受送达人尚未通过链接打开文书，暂不能生成送达回执。',
        );
      }
      const agency = await findAgency(db, listing.delivery.agencyId);
      const layout = deliveryReceiptLayout({
        agencyName: agency?.name ?? '',
        documentTitle: document.title,
        documentNumber: document.number,
        documentSha256: document.sha256,
        recipientName: listing.delivery.recipientName,
        address: listing.delivery.address,
        consent: listing.delivery.consent,
        sentAt: listing.delivery.sentAt.toISOString() as Instant,
        sentByName: listing.sentByName,
        deliveredAt: listing.receipt.deliveredAt.toISOString() as Instant,
        deliveredFrom: [listing.receipt.ip, listing.receipt.userAgent]
          .filter((part) => part !== null && part !== '')
          .join('；'),
      });
      return {
        bytes: await deps.renderer.pdf(layout, listing.receipt.deliveredAt),
        fileName: `${document.number}电子送达回执.pdf`,
      };
    },

    /** What the party sees before opening: the document by name, nothing of the case. */
    async publicView(token: string) {
      const { listing, document } = await openLink(token);
      const agency = await findAgency(db, listing.delivery.agencyId);
      return {
        title: document.document.title,
        number: document.document.number,
        agencyName: agency?.name ?? '',
        sentAt: listing.delivery.sentAt.toISOString(),
        expiresAt: listing.delivery.expiresAt.toISOString(),
        deliveredAt: listing.receipt?.deliveredAt.toISOString() ?? null,
        voided: document.voided !== null,
        verificationCode: document.document.verificationCode,
      };
    },

    /**
     * The stored PDF through the link. The first opening is the service: recorded once, with
     * where it came from, and on the ledger as an act of the party (anonymous, by address).
     */
    async open(token: string, client: { ip: string | null; userAgent: string | null }) {
      const { listing, document } = await openLink(token);
      if (listing.delivery.expiresAt.getTime() < now().getTime() && listing.receipt === null) {
        throw new Problem(
          410,
          'delivery-link-expired',
          '链接已过期',
          '该文书查阅链接已过期。请联系发送文书的执法机关重新送达。',
        );
      }
      if (document.voided !== null) {
        throw new Problem(410, 'document-voided', '文书已作废', '该文书已被执法机关作废。');
      }
      const userAgent = client.userAgent?.slice(0, 300) ?? null;
      await ledger.transaction(async (tx, record) => {
        const { first } = await repository.recordReceipt(tx, {
          deliveryId: listing.delivery.id,
          deliveredAt: now(),
          ip: client.ip,
          userAgent,
        });
        if (!first) return;
        await record({
          action: 'document.delivered',
          agencyId: listing.delivery.agencyId,
          actor: { type: 'anonymous', ip: client.ip },
          target: { type: 'document', id: document.document.id },
          data: {
            deliveryId: listing.delivery.id,
            documentId: document.document.id,
            caseId: listing.delivery.caseId,
            ip: client.ip,
            userAgent,
          },
        });
      });
      const { sha256, sizeBytes, number, title } = document.document;
      return {
        sizeBytes,
        mediaType: 'application/pdf',
        disposition: {
          kind: 'inline' as const,
          name: `${number}${title}.pdf`,
          fallbackStem: 'document',
        },
        open: () => deps.store.read(evidenceKeyOf(sha256)),
      };
    },
  };
}

export type DeliveriesService = ReturnType<typeof createDeliveriesService>;
