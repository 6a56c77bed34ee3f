import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Actor } from '../auth/actor.ts';
import { markText, type CopyMark } from '../copies/copy-mark.ts';
import { makeMarkedCopy, sweepCopies } from '../copies/make-marked-copy.ts';
import type { DbOrTx } from '../db/database.ts';
import { Problem } from '../http/problem.ts';
import { findAgency } from '../identity/agencies.repository.ts';
import type { IntegrityGuard } from '../integrity/require-intact.ts';
import { ACCESS_VALID_MS, type AccessPurpose } from './access-tokens.ts';
import type { EvidenceObjectRow } from './evidence-objects.repository.ts';
import type { ByteRange, EvidenceStore } from './evidence-store.ts';

/** `扫描件.pdf` → `扫描件（副本 1a2b3c4d）.pdf`: the saved file says it is a copy, and which. */
function copyFileName(name: string, copyId: string): string {
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  return `${stem}（副本 ${copyId.slice(0, 8)}）${extension}`;
}

/** What the ledger keeps of a copy handed out, and the token needs to serve it. */
export interface IssuedCopy {
  readonly copyId: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly mark: string;
  /** The copy's file name in the copies folder (signed into the download's token). */
  readonly file: string;
}

/** What an access's ledger entry adds for a download: the copy it handed out. */
export function copyInEvent(copy: IssuedCopy | undefined) {
  return copy === undefined
    ? {}
    : {
        copy: {
          copyId: copy.copyId,
          sha256: copy.sha256,
          sizeBytes: copy.sizeBytes,
          mark: copy.mark,
        },
      };
}

/** What the access token adds for a download: the copy file its link serves. */
export function copyInClaims(copy: IssuedCopy | undefined) {
  return copy === undefined ? {} : { copyFile: copy.file };
}

/**
 * Copies handed out carry who took them, under which grant, and when (issue 7; 003 第三十条
 * 严格限定使用权限): a download is never the original's bytes but a copy made for this
 * person — watermarked images and PDFs, video and audio with the mark in their metadata.
 * Copies are derived and short-lived (as long as the link that serves them), kept outside
 * the evidence store; the ledger entry of the download keeps the copy's hash.
 */
export function createCopyIssuer(deps: {
  readonly db: DbOrTx;
  readonly store: EvidenceStore;
  readonly copiesDir: string;
  readonly now: () => Date;
  /** Re-proves the original before a copy is made of it (issue 14): never copy altered bytes. */
  readonly integrity: Pick<IntegrityGuard, 'refuseKnownCorrupted' | 'requireIntactObject'>;
}) {
  return {
    /** The marked copy a download hands out; a view is of the original and makes none. */
    async forAccess(
      purpose: AccessPurpose,
      input: {
        readonly actor: Actor;
        readonly grantId: string | null;
        readonly object: EvidenceObjectRow;
        readonly fileName: string;
        /** A copy handed to a party under a 当事人复制 grant: marked 复制件 with their name. */
        readonly forParty?: CopyMark['forParty'];
      },
    ): Promise<IssuedCopy | undefined> {
      if (purpose !== 'download') {
        // A viewing streams the original by range: re-hashing it on every access would cost
        // a full read per seek, so only bytes already found corrupted are refused here.
        await deps.integrity.refuseKnownCorrupted(input.object);
        return undefined;
      }
      await deps.integrity.requireIntactObject(input.object, 'copy');
      await sweepCopies(deps.copiesDir, ACCESS_VALID_MS);
      const agency = await findAgency(deps.db, input.object.agencyId);
      const mark: CopyMark = {
        copyId: randomUUID(),
        requesterName: input.actor.displayName,
        requesterUsername: input.actor.username,
        grant: input.grantId === null ? null : { id: input.grantId },
        issuedAt: deps.now(),
        agencyName: agency?.name ?? '',
        ...(input.forParty === undefined ? {} : { forParty: input.forParty }),
      };
      const made = await makeMarkedCopy({
        open: () => deps.store.read(input.object.storageKey),
        localPath: deps.store.localPath?.(input.object.storageKey),
        mediaType: input.object.mediaType,
        fileName: input.fileName,
        mark,
        workDir: deps.copiesDir,
      });
      return {
        copyId: mark.copyId,
        sha256: made.sha256,
        sizeBytes: made.sizeBytes,
        mark: markText(mark).chinese,
        file: path.basename(made.path),
      };
    },

    /**
     * The bytes of a copy issued earlier, whole or by range, with the name to save it under;
     * gone once its link ran out.
     */
    async open(file: string, mediaType: string, originalName: string) {
      const location = path.join(deps.copiesDir, path.basename(file));
      const found = await stat(location).catch(() => undefined);
      if (found === undefined) {
        throw new Problem(
          410,
          'copy-expired',
          '副本已失效',
          '该下载链接的副本已清理，请重新点击“下载副本”。',
        );
      }
      return {
        sizeBytes: found.size,
        mediaType,
        name: copyFileName(originalName, file),
        open: async (range?: ByteRange) =>
          createReadStream(
            location,
            range === undefined ? {} : { start: range.start, end: range.end },
          ),
      };
    },
  };
}
export type CopyIssuer = ReturnType<typeof createCopyIssuer>;
