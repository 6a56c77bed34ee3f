import {
  bytesEqual,
  hashLeaf,
  parseCanonicalJson,
  verifyInclusion,
  type HashAlgorithm,
} from '@liuhen/domain';
import { z } from 'zod';
import { checkpointViewSchema, strictBase64, type CheckpointView } from './checkpoint-view.ts';
import { digestFor } from './digests.ts';
import { keyIdOf, parseCheckpointNote, verifyCheckpointSignature } from './signing/index.ts';

/**
 * A proof bundle: one ledger entry, its inclusion proof, and the signed checkpoint it is
 * proven against, with the public key. It is checked with nothing else (no database, no
 * network); see `verifyBundle`. The file is the exact JSON `serializeBundle` writes, so
 * changing any byte of it — even whitespace — makes it fail.
 */
export const BUNDLE_FORMAT = 'liuhen.ledger.bundle/v1';

export const bundleSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    logId: z.string(),
    seq: z.number().int().min(0),
    entry: z.string().describe('base64 of the canonical entry bytes'),
    leafHash: z.string(),
    inclusionProof: z.array(z.string()),
    checkpoint: checkpointViewSchema,
  })
  .meta({ id: 'LedgerProofBundle' });

export type Bundle = z.infer<typeof bundleSchema>;

export function serializeBundle(bundle: Bundle): string {
  const ordered: Bundle = {
    format: bundle.format,
    logId: bundle.logId,
    seq: bundle.seq,
    entry: bundle.entry,
    leafHash: bundle.leafHash,
    inclusionProof: bundle.inclusionProof,
    checkpoint: orderCheckpoint(bundle.checkpoint),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

function orderCheckpoint(c: CheckpointView): CheckpointView {
  return {
    logId: c.logId,
    treeSize: c.treeSize,
    rootHash: c.rootHash,
    hashAlgorithm: c.hashAlgorithm,
    time: c.time,
    note: c.note,
    signature: c.signature,
    keyId: c.keyId,
    signatureAlgorithm: c.signatureAlgorithm,
    publicKey: c.publicKey,
  };
}

export type BundleVerdict =
  | {
      readonly ok: true;
      readonly entry: Record<string, unknown>;
      readonly checkpoint: CheckpointView;
    }
  | { readonly ok: false; readonly problem: string };

/** Checks a checkpoint on its own: note, key id, signature. Returns the problem or null. */
export function checkpointProblem(checkpoint: CheckpointView): string | null {
  const note = strictBase64(checkpoint.note, 'checkpoint.note');
  const parsed = parseCheckpointNote(note);
  if (
    parsed.logId !== checkpoint.logId ||
    parsed.treeSize !== checkpoint.treeSize ||
    parsed.hashAlgorithm !== checkpoint.hashAlgorithm ||
    parsed.time !== checkpoint.time ||
    !bytesEqual(parsed.rootHash, strictBase64(checkpoint.rootHash, 'checkpoint.rootHash'))
  ) {
    return 'checkpoint fields differ from its signed note';
  }
  if (keyIdOf(checkpoint.signatureAlgorithm, checkpoint.publicKey) !== checkpoint.keyId) {
    return 'key id does not belong to the public key';
  }
  const signatureValid = verifyCheckpointSignature({
    note,
    signature: strictBase64(checkpoint.signature, 'checkpoint.signature'),
    algorithm: checkpoint.signatureAlgorithm,
    publicKey: checkpoint.publicKey,
    keyId: checkpoint.keyId,
  });
  return signatureValid ? null : 'checkpoint signature is invalid';
}

export function verifyBundle(text: string): BundleVerdict {
  try {
    const parsed = bundleSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return { ok: false, problem: `not a ${BUNDLE_FORMAT} file` };
    const bundle = parsed.data;
    if (serializeBundle(bundle) !== text) {
      return { ok: false, problem: 'the file differs from its canonical form (edited?)' };
    }
    const problem = checkpointProblem(bundle.checkpoint);
    if (problem) return { ok: false, problem };
    if (bundle.checkpoint.logId !== bundle.logId)
      return { ok: false, problem: 'checkpoint is of another log' };

    const body = strictBase64(bundle.entry, 'entry');
    const entry = parseCanonicalJson(body) as Record<string, unknown>;
    if (entry.log !== bundle.logId || entry.seq !== bundle.seq) {
      return { ok: false, problem: 'entry names another log or sequence number' };
    }
    const digest = digestFor(bundle.checkpoint.hashAlgorithm as HashAlgorithm);
    const leafHash = hashLeaf(digest, body);
    if (!bytesEqual(leafHash, strictBase64(bundle.leafHash, 'leafHash'))) {
      return { ok: false, problem: 'leaf hash does not match the entry' };
    }
    verifyInclusion(
      digest,
      bundle.seq,
      bundle.checkpoint.treeSize,
      leafHash,
      bundle.inclusionProof.map((hash, i) => strictBase64(hash, `inclusionProof[${i}]`)),
      strictBase64(bundle.checkpoint.rootHash, 'checkpoint.rootHash'),
    );
    return { ok: true, entry, checkpoint: bundle.checkpoint };
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
}
