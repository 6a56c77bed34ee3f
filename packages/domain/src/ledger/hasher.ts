/**
 * The hashes of the ledger's Merkle tree (RFC 9162 §2.1.1). The hash function itself is injected:
 * the server wraps node:crypto and a browser verifier can wrap any SHA-256 or SM3
 * implementation, so this package stays free of platform APIs.
 */

export type HashAlgorithm = 'sha256' | 'sm3';

export interface Digest {
  readonly algorithm: HashAlgorithm;
  /** Length of every digest in bytes (32 for both SHA-256 and SM3). */
  readonly size: number;
  digest(data: Uint8Array): Uint8Array;
}

// RFC 9162 §2.1.1: distinct prefixes for leaves and interior nodes, so that an interior node can
// never be presented as a leaf (second-preimage attack on the tree).
const LEAF_PREFIX = 0x00;
const NODE_PREFIX = 0x01;

/** MTH({d(0)}) = HASH(0x00 || d(0)). */
export function hashLeaf(d: Digest, entry: Uint8Array): Uint8Array {
  const input = new Uint8Array(1 + entry.length);
  input[0] = LEAF_PREFIX;
  input.set(entry, 1);
  return checkedDigest(d, input);
}

/** HASH(0x01 || left || right): the interior node above two subtrees. */
export function hashChildren(d: Digest, left: Uint8Array, right: Uint8Array): Uint8Array {
  const input = new Uint8Array(1 + left.length + right.length);
  input[0] = NODE_PREFIX;
  input.set(left, 1);
  input.set(right, 1 + left.length);
  return checkedDigest(d, input);
}

/** MTH({}) = HASH(): the root of the empty tree. */
export function emptyRoot(d: Digest): Uint8Array {
  return checkedDigest(d, new Uint8Array(0));
}

// Proof verification compares lengths against d.size, so an injected digest that lies about its
// size would make every check meaningless: refuse it at the first hash.
function checkedDigest(d: Digest, input: Uint8Array): Uint8Array {
  const output = d.digest(input);
  if (output.length !== d.size) {
    throw new Error(
      `the ${d.algorithm} digest returned ${output.length} bytes but declares ${d.size}`,
    );
  }
  return output;
}
