export {
  CHECKPOINT_NOTE_HEADER,
  CheckpointNoteError,
  encodeCheckpointNote,
  parseCheckpointNote,
  signCheckpoint,
  verifyCheckpointSignature,
  type CheckpointBody,
  type CheckpointHashAlgorithm,
  type CheckpointSignatureToVerify,
  type SignedCheckpoint,
} from './checkpoint-note.ts';
export {
  loadOrCreateSigner,
  loadSigner,
  SIGNING_KEY_FILE_NAMES,
  SigningKeyFileError,
  type SigningKeyLocation,
} from './key-store.ts';
export {
  isSignatureAlgorithm,
  keyIdOf,
  SIGNATURE_ALGORITHMS,
  verifySignature,
  type SignatureAlgorithm,
  type Signer,
} from './signer.ts';
export { SM2_DEFAULT_USER_ID } from './sm2-signer.ts';
