import { keyIdOf } from './key-id.ts';
import { verifySignature, type SignatureAlgorithm, type Signer } from './signer.ts';

/**
 * The bytes signed for a checkpoint, in the spirit of the C2SP "checkpoint" signed note
 * (https://c2sp.org/tlog-checkpoint): an origin line, then one value per line, each line
 * ended by a single LF, nothing else:
 *
 *   liuhen.ledger/v1
 *   <logId>
 *   <treeSize, decimal, no leading zeros>
 *   <root hash, standard padded base64 of 32 bytes>
 *   <hash algorithm: sha256 | sm3>
 *   <time, ISO-8601 UTC with milliseconds, e.g. 2026-11-22T19:00:00.000Z>
 *
 * Every body has exactly one encoding and the parser accepts only that encoding, so a
 * signature covers one meaning, and what a verifier reads is exactly what was signed.
 */
export const CHECKPOINT_NOTE_HEADER = 'liuhen.ledger/v1';

export type CheckpointHashAlgorithm = 'sha256' | 'sm3';

export interface CheckpointBody {
  logId: string;
  treeSize: number;
  rootHash: Uint8Array;
  hashAlgorithm: CheckpointHashAlgorithm;
  time: string;
}

export interface SignedCheckpoint {
  readonly body: CheckpointBody;
  readonly note: Uint8Array;
  readonly signature: Uint8Array;
  readonly keyId: string;
  readonly algorithm: SignatureAlgorithm;
}

export interface CheckpointSignatureToVerify {
  readonly note: Uint8Array;
  readonly signature: Uint8Array;
  readonly algorithm: SignatureAlgorithm;
  readonly publicKey: string;
  readonly keyId: string;
}

export class CheckpointNoteError extends Error {
  constructor(message: string) {
    super(`checkpoint note: ${message}`);
    this.name = 'CheckpointNoteError';
  }
}

const ROOT_HASH_BYTES = 32;
const LINE_COUNT = 6;
const LOG_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
const TREE_SIZE_PATTERN = /^(0|[1-9][0-9]*)$/;
/** Standard padded base64 of 32 bytes: 43 characters and one '='. */
const ROOT_HASH_PATTERN = /^[A-Za-z0-9+/]{43}=$/;
const TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The note for `body`; throws CheckpointNoteError if the body could not be parsed back. */
export function encodeCheckpointNote(body: CheckpointBody): Uint8Array {
  checkLogId(body.logId);
  checkTreeSize(body.treeSize);
  if (!(body.rootHash instanceof Uint8Array) || body.rootHash.length !== ROOT_HASH_BYTES) {
    throw new CheckpointNoteError(`root hash must be ${ROOT_HASH_BYTES} bytes`);
  }
  checkHashAlgorithm(body.hashAlgorithm);
  checkTime(body.time);
  const lines = [
    CHECKPOINT_NOTE_HEADER,
    body.logId,
    String(body.treeSize),
    Buffer.from(body.rootHash).toString('base64'),
    body.hashAlgorithm,
    body.time,
  ];
  return new TextEncoder().encode(lines.map((line) => `${line}\n`).join(''));
}

/** The body of a note in exactly the encoded form; anything else is a CheckpointNoteError. */
export function parseCheckpointNote(note: Uint8Array): CheckpointBody {
  if (note.some((byte) => byte > 0x7e || (byte < 0x20 && byte !== 0x0a))) {
    throw new CheckpointNoteError(
      note.includes(0x0d)
        ? 'lines must end with LF alone, not CRLF'
        : 'only printable ASCII and LF are allowed',
    );
  }
  const text = new TextDecoder().decode(note);
  if (!text.endsWith('\n')) throw new CheckpointNoteError('must end with a newline');
  const lines = text.slice(0, -1).split('\n');
  if (lines.length !== LINE_COUNT) {
    throw new CheckpointNoteError(`expected ${LINE_COUNT} lines, found ${lines.length}`);
  }
  const [header, logId, treeSizeText, rootText, hashAlgorithm, time] = lines as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if (header !== CHECKPOINT_NOTE_HEADER) {
    throw new CheckpointNoteError(`first line must be ${CHECKPOINT_NOTE_HEADER}`);
  }
  checkLogId(logId);
  if (!TREE_SIZE_PATTERN.test(treeSizeText)) {
    throw new CheckpointNoteError('tree size must be a decimal number without leading zeros');
  }
  const treeSize = Number(treeSizeText);
  checkTreeSize(treeSize);
  const rootHash = decodeRootHash(rootText);
  checkHashAlgorithm(hashAlgorithm);
  checkTime(time);
  return { logId, treeSize, rootHash, hashAlgorithm, time };
}

export async function signCheckpoint(
  signer: Signer,
  body: CheckpointBody,
): Promise<SignedCheckpoint> {
  const note = encodeCheckpointNote(body);
  const signature = await signer.sign(note);
  return { body, note, signature, keyId: signer.keyId, algorithm: signer.algorithm };
}

/**
 * Whether `signature` is a valid signature of `note`, `note` is a well-formed checkpoint
 * note, and `keyId` is the id of `publicKey`. Needs nothing but its arguments.
 */
export function verifyCheckpointSignature(toVerify: CheckpointSignatureToVerify): boolean {
  const { note, signature, algorithm, publicKey, keyId } = toVerify;
  if (keyIdOf(algorithm, publicKey) !== keyId) return false;
  try {
    parseCheckpointNote(note);
  } catch {
    return false;
  }
  return verifySignature(algorithm, publicKey, note, signature);
}

function checkLogId(logId: string): void {
  if (!LOG_ID_PATTERN.test(logId)) {
    throw new CheckpointNoteError('log id must be 1 to 64 characters of A-Z a-z 0-9 . _ : -');
  }
}

function checkTreeSize(treeSize: number): void {
  if (!Number.isSafeInteger(treeSize) || treeSize < 0) {
    throw new CheckpointNoteError('tree size must be a non-negative safe integer');
  }
}

function decodeRootHash(text: string): Uint8Array {
  const bytes = Buffer.from(text, 'base64');
  // Node's decoder skips what it does not understand, so the round trip is the real check.
  if (bytes.toString('base64') !== text) {
    throw new CheckpointNoteError('root hash must be standard padded base64');
  }
  if (!ROOT_HASH_PATTERN.test(text) || bytes.length !== ROOT_HASH_BYTES) {
    throw new CheckpointNoteError(`root hash must be ${ROOT_HASH_BYTES} bytes`);
  }
  return new Uint8Array(bytes);
}

function checkHashAlgorithm(value: string): asserts value is CheckpointHashAlgorithm {
  if (value !== 'sha256' && value !== 'sm3') {
    throw new CheckpointNoteError('hash algorithm must be sha256 or sm3');
  }
}

/** Also refuses impossible dates (2026-02-30) by requiring the round trip through Date. */
function checkTime(time: string): void {
  if (!TIME_PATTERN.test(time) || !isRoundTripTime(time)) {
    throw new CheckpointNoteError(
      'time must be ISO-8601 UTC with milliseconds, e.g. 2026-11-22T19:00:00.000Z',
    );
  }
}

function isRoundTripTime(time: string): boolean {
  const date = new Date(time);
  return !Number.isNaN(date.getTime()) && date.toISOString() === time;
}
