/**
 * Why a Merkle proof was refused. The code is for programs (the API maps it, tests assert it);
 * the message is for the person reading a verification report.
 */
export type ProofErrorCode =
  | 'invalid_tree_size'
  | 'index_out_of_range'
  | 'sizes_out_of_order'
  | 'empty_tree_consistency'
  | 'wrong_proof_length'
  | 'wrong_hash_length'
  | 'root_mismatch';

export class ProofError extends Error {
  readonly code: ProofErrorCode;

  constructor(code: ProofErrorCode, message: string) {
    super(message);
    this.name = 'ProofError';
    this.code = code;
  }
}
