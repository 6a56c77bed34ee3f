/**
 * Index arithmetic of RFC 9162 Merkle trees. Tree sizes are safe integers and may exceed 2^32,
 * while JavaScript's bitwise operators truncate to 32 bits, so everything here is plain
 * arithmetic (or works on the two 32-bit halves separately).
 */

/**
 * A complete, aligned subtree: level L, index i covers leaves [i·2^L, (i+1)·2^L). Level 0 nodes
 * are the leaf hashes themselves.
 */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

const TWO_POW_32 = 2 ** 32;

export function isTreeSize(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

export function isOdd(n: number): boolean {
  return n % 2 === 1;
}

/** n >> bits, for any safe integer n ≥ 0. */
export function shiftRight(n: number, bits: number): number {
  return Math.floor(n / 2 ** bits);
}

/** Number of bits needed to write n ≥ 0 (0 for 0), like Go's bits.Len64. */
export function bitLength(n: number): number {
  const high = Math.floor(n / TWO_POW_32);
  return high > 0 ? 64 - Math.clz32(high) : 32 - Math.clz32(n);
}

/** Number of set bits of n ≥ 0. */
export function countOnes(n: number): number {
  return countOnes32(Math.floor(n / TWO_POW_32)) + countOnes32(n % TWO_POW_32);
}

function countOnes32(n: number): number {
  let count = 0;
  for (let rest = n >>> 0; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/** Number of trailing zero bits of n > 0. */
export function countTrailingZeros(n: number): number {
  if (!(n > 0)) throw new RangeError(`${n} has no lowest set bit`);
  let count = 0;
  for (let rest = n; rest % 2 === 0; rest /= 2) count++;
  return count;
}

/** a XOR b for safe integers a, b ≥ 0. */
export function xor(a: number, b: number): number {
  const high = (Math.floor(a / TWO_POW_32) ^ Math.floor(b / TWO_POW_32)) >>> 0;
  const low = ((a % TWO_POW_32) ^ (b % TWO_POW_32)) >>> 0;
  return high * TWO_POW_32 + low;
}

export function isPowerOfTwo(n: number): boolean {
  return n >= 1 && countOnes(n) === 1;
}

/** RFC 9162 §2.1.1: "the largest power of two smaller than n" (the k of MTH), for n ≥ 2. */
export function largestPowerOfTwoBelow(n: number): number {
  if (!(Number.isSafeInteger(n) && n >= 2)) {
    throw new RangeError(`there is no power of two strictly between 0 and ${n}`);
  }
  return 2 ** (bitLength(n - 1) - 1);
}

/**
 * Length of the inclusion proof (RFC 9162 §2.1.3.1) of leaf index in a tree of size > index.
 * The proof splits where the paths to index and to the last leaf diverge: below that point
 * ("inner") every level has a sibling; above it ("border") only the levels where index turns
 * right have one.
 */
export function inclusionProofLength(index: number, size: number): number {
  const inner = bitLength(xor(index, size - 1));
  return inner + countOnes(shiftRight(index, inner));
}

/**
 * Length of the consistency proof (RFC 9162 §2.1.4.1) between sizes 0 < size1 ≤ size2. It is
 * the inclusion proof of leaf size1 − 1 without its lowest levels, which lie inside the complete
 * subtree ending at size1; that subtree's hash comes first unless it is the whole old tree,
 * whose root the verifier already has.
 */
export function consistencyProofLength(size1: number, size2: number): number {
  if (size1 === size2) return 0;
  const shift = countTrailingZeros(size1);
  const inner = bitLength(xor(size1 - 1, size2 - 1)) - shift;
  const border = countOnes(shiftRight(size1 - 1, inner + shift));
  return (isPowerOfTwo(size1) ? 0 : 1) + inner + border;
}
