/**
 * The pure part of the tamper-evident ledger: RFC 9162 Merkle trees (hashing, appending,
 * proofs, verification) and the canonical JSON that entries are hashed in.
 */
export { bytesEqual, fromBase64, toBase64, toHex } from './bytes.ts';
export {
  canonicalJson,
  canonicalJsonText,
  parseCanonicalJson,
  parseCanonicalJsonText,
  type CanonicalJsonValue,
} from './canonical-json.ts';
export {
  appendLeaves,
  frontierNodes,
  rootOfFrontier,
  type AppendResult,
  type CompletedNode,
} from './compact-range.ts';
export { emptyRoot, hashChildren, hashLeaf, type Digest, type HashAlgorithm } from './hasher.ts';
export { ProofError, type ProofErrorCode } from './proof-error.ts';
export {
  allNodesForConsistencyProof,
  allNodesForInclusionProof,
  buildConsistencyProof,
  buildInclusionProof,
  consistencyProofRanges,
  inclusionProofRanges,
  type LeafRange,
} from './proofs.ts';
export { nodesForRange, rangeHash, type NodeLookup } from './range-hash.ts';
export {
  consistencyProofLength,
  inclusionProofLength,
  largestPowerOfTwoBelow,
  type NodeId,
} from './tree-math.ts';
export { rootFromInclusionProof, verifyConsistency, verifyInclusion } from './verify.ts';
