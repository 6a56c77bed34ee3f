import { createHash, randomBytes } from 'node:crypto';
import { sm2 } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { verifySignature } from './signer.ts';
import {
  generateSm2KeyFile,
  parseSm2KeyFile,
  serializeSm2KeyFile,
  sm2SignerFromKeyFile,
  SM2_DEFAULT_USER_ID,
  verifySm2,
} from './sm2-signer.ts';

/**
 * SM2 recommended curve (GB/T 32918.5-2017), written out here from the standard rather than
 * taken from the library, so the checks below do not trust the library's constants.
 */
const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
const A = 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn;
const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const GX = 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n;
const GY = 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n;

/**
 * The signature example on the recommended curve from GM/T 0003.5-2012 (GB/T 32918.5):
 * private key d, public key P = 04‖xA‖yA, message "message digest", default ID,
 * Z_A, e = SM3(Z_A ‖ M), random k, kG's x, and the signature (r, s).
 */
const STANDARD = {
  d: '3945208f7b2144b13f36e38ac6d39f95889393692860b51a42fb81ef4df7c5b8',
  publicKey:
    '04' +
    '09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020' +
    'ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13',
  message: 'message digest',
  z: 'b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3',
  e: 'f0b43e94ba45accaace692ed534382eb17e6ab5a19ce7b31f4486fdfc0d28640',
  k: '59276e27d506861a16680f3ad9c02dccef3cc1fa3cdbe4ce6d54b80deac1bc21',
  kGx: '04ebfc718e8d1798620432268e77feb6415e2ede0e073c0f4f640ecd2e149a73',
  r: 'f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3',
  s: 'b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa',
};

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytesOf = (hexText: string) => new Uint8Array(Buffer.from(hexText, 'hex'));
const scalarHex = (value: bigint) => value.toString(16).padStart(64, '0');
const sm3 = (...parts: Uint8Array[]) =>
  new Uint8Array(createHash('sm3').update(Buffer.concat(parts)).digest());

/** Z = SM3(ENTL ‖ ID ‖ a ‖ b ‖ xG ‖ yG ‖ xA ‖ yA), by hand with node's SM3 (GB/T 32918.2 §5.5). */
function zByHand(publicKey: string, userId: string): Uint8Array {
  const id = new TextEncoder().encode(userId);
  const entl = id.length * 8;
  return sm3(
    Uint8Array.of(entl >> 8, entl & 0xff),
    id,
    ...[A, B, GX, GY].map((value) => bytesOf(scalarHex(value))),
    bytesOf(publicKey.slice(2, 66)),
    bytesOf(publicKey.slice(66)),
  );
}

/** e = SM3(Z ‖ M), with the default ID. */
function eByHand(publicKey: string, message: Uint8Array): Uint8Array {
  return sm3(zByHand(publicKey, SM2_DEFAULT_USER_ID), message);
}

// A textbook SM2 verification (GB/T 32918.2 §7.1) in affine coordinates with BigInt, slow
// but independent of sm-crypto-v2, given e directly.
type Point = { x: bigint; y: bigint } | null;
const mod = (value: bigint, m: bigint) => ((value % m) + m) % m;
function inverse(value: bigint, m: bigint): bigint {
  let [a, b, x0, x1] = [mod(value, m), m, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [x0, x1] = [x1, x0 - q * x1];
  }
  return mod(x0, m);
}
function add(p1: Point, p2: Point): Point {
  if (!p1) return p2;
  if (!p2) return p1;
  if (p1.x === p2.x && mod(p1.y + p2.y, P) === 0n) return null;
  const slope =
    p1.x === p2.x
      ? mod((3n * p1.x * p1.x + A) * inverse(2n * p1.y, P), P)
      : mod((p2.y - p1.y) * inverse(p2.x - p1.x, P), P);
  const x = mod(slope * slope - p1.x - p2.x, P);
  return { x, y: mod(slope * (p1.x - x) - p1.y, P) };
}
function multiply(scalar: bigint, point: Point): Point {
  let result: Point = null;
  for (let addend = point; scalar > 0n; scalar >>= 1n, addend = add(addend, addend)) {
    if (scalar & 1n) result = add(result, addend);
  }
  return result;
}
function textbookVerify(e: Uint8Array, signature: Uint8Array, publicKey: string): boolean {
  const r = BigInt(`0x${hex(signature.subarray(0, 32))}`);
  const s = BigInt(`0x${hex(signature.subarray(32))}`);
  if (r < 1n || r >= N || s < 1n || s >= N) return false;
  const t = mod(r + s, N);
  if (t === 0n) return false;
  const publicPoint = {
    x: BigInt(`0x${publicKey.slice(2, 66)}`),
    y: BigInt(`0x${publicKey.slice(66)}`),
  };
  const sum = add(multiply(s, { x: GX, y: GY }), multiply(t, publicPoint));
  if (!sum) return false;
  return mod(BigInt(`0x${hex(e)}`) + sum.x, N) === r;
}

describe('SM2 against the GM/T 0003.5 example (recommended curve, default ID)', () => {
  const message = new TextEncoder().encode(STANDARD.message);
  const signature = bytesOf(STANDARD.r + STANDARD.s);

  it('uses the default ID 1234567812345678', () => {
    expect(SM2_DEFAULT_USER_ID).toBe('1234567812345678');
  });

  it('derives the example public key from the example private key', () => {
    expect(sm2.getPublicKeyFromPrivateKey(STANDARD.d)).toBe(STANDARD.publicKey);
    // …which also means the standard's curve parameters written above are on the curve.
    expect(mod(GY * GY - (GX * GX * GX + A * GX + B), P)).toBe(0n);
  });

  it('computes Z and e by hand as the example does, and so does the library', () => {
    expect(hex(zByHand(STANDARD.publicKey, SM2_DEFAULT_USER_ID))).toBe(STANDARD.z);
    expect(hex(eByHand(STANDARD.publicKey, message))).toBe(STANDARD.e);
    expect(hex(sm2.getZ(STANDARD.publicKey, SM2_DEFAULT_USER_ID))).toBe(STANDARD.z);
    expect(hex(sm2.getZ(STANDARD.publicKey))).toBe(STANDARD.z);
    expect(sm2.getHash(hex(message), STANDARD.publicKey, SM2_DEFAULT_USER_ID)).toBe(STANDARD.e);
  });

  it('accepts the example signature, and only with the default-ID Z in front', () => {
    expect(verifySignature('sm2', STANDARD.publicKey, message, signature)).toBe(true);
    expect(textbookVerify(bytesOf(STANDARD.e), signature, STANDARD.publicKey)).toBe(true);
    // Neither a plain SM3 of the message nor another ID leads to this signature.
    expect(textbookVerify(sm3(message), signature, STANDARD.publicKey)).toBe(false);
    expect(sm2.doVerifySignature(message, STANDARD.r + STANDARD.s, STANDARD.publicKey)).toBe(false);
    expect(
      sm2.doVerifySignature(message, STANDARD.r + STANDARD.s, STANDARD.publicKey, {
        hash: true,
        userId: 'ALICE123@YAHOO.COM',
      }),
    ).toBe(false);
  });

  it("reproduces the example signature from the example's k with the library's signing", () => {
    // Our signer draws k at random; here the library is handed the example's k so its
    // signing arithmetic (with the options our signer uses) can be compared with the standard.
    const kG = sm2.getPublicKeyFromPrivateKey(STANDARD.k);
    expect(kG.slice(2, 66)).toBe(STANDARD.kGx);
    const produced = sm2.doSignature(message, STANDARD.d, {
      hash: true,
      der: false,
      userId: SM2_DEFAULT_USER_ID,
      publicKey: STANDARD.publicKey,
      pointPool: [{ k: BigInt(`0x${STANDARD.k}`), x1: BigInt(`0x${STANDARD.kGx}`) }],
    });
    expect(produced).toBe(STANDARD.r + STANDARD.s);
  });
});

describe('SM2 signer', () => {
  const signer = sm2SignerFromKeyFile(generateSm2KeyFile());

  it('signs e = SM3(Z ‖ M) with the default ID, as an independent verifier computes it', async () => {
    const messages = [
      new Uint8Array(0),
      Uint8Array.of(0xff, 0xfe, 0x00),
      new Uint8Array(randomBytes(200)),
    ];
    for (const message of messages) {
      const signature = await signer.sign(message);
      const e = eByHand(signer.publicKey, message);
      expect(textbookVerify(e, signature, signer.publicKey)).toBe(true);
      // The library's bare verification (no hashing of its own) agrees when given e.
      expect(sm2.doVerifySignature(e, hex(signature), signer.publicKey, { hash: false })).toBe(
        true,
      );
      expect(textbookVerify(sm3(message), signature, signer.publicKey)).toBe(false);
      const otherIdZ = zByHand(signer.publicKey, 'ALICE123@YAHOO.COM');
      expect(textbookVerify(sm3(otherIdZ, message), signature, signer.publicKey)).toBe(false);
    }
  });

  it('writes raw r‖s, not DER', async () => {
    const signature = await signer.sign(Uint8Array.of(1));
    expect(signature.length).toBe(64);
    expect(
      sm2.doVerifySignature(Uint8Array.of(1), hex(signature), signer.publicKey, {
        hash: true,
      }),
    ).toBe(true);
  });

  it('refuses r or s outside [1, n-1] without throwing', async () => {
    const message = Uint8Array.of(1, 2, 3);
    const signature = await signer.sign(message);
    const r = hex(signature.subarray(0, 32));
    const s = hex(signature.subarray(32));
    for (const [badR, badS] of [
      [scalarHex(0n), s],
      [r, scalarHex(0n)],
      [scalarHex(N), s],
      [r, scalarHex(N)],
      [scalarHex(BigInt(`0x${r}`) + N), s],
      [r, scalarHex(BigInt(`0x${s}`) + N)],
      ['f'.repeat(64), 'f'.repeat(64)],
    ]) {
      expect(verifySm2(signer.publicKey, message, bytesOf(badR! + badS!))).toBe(false);
    }
  });
});

describe('SM2 key file', () => {
  it('serializes to the documented JSON and parses back', () => {
    const keyFile = generateSm2KeyFile();
    const text = serializeSm2KeyFile(keyFile);
    expect(JSON.parse(text)).toEqual({
      algorithm: 'sm2',
      privateKey: keyFile.privateKey,
      publicKey: keyFile.publicKey,
    });
    expect(keyFile.privateKey).toMatch(/^[0-9a-f]{64}$/);
    expect(parseSm2KeyFile(text)).toEqual(keyFile);
  });

  it('refuses anything but a consistent SM2 key pair', () => {
    const { privateKey, publicKey } = generateSm2KeyFile();
    const other = generateSm2KeyFile();
    const cases: [unknown, RegExp][] = [
      [[], /JSON object/],
      [{ algorithm: 'sm2', privateKey, publicKey, extra: 1 }, /exactly the fields/],
      [{ algorithm: 'sm2', privateKey }, /exactly the fields/],
      [{ algorithm: 'ed25519', privateKey, publicKey }, /expected algorithm "sm2"/],
      [{ algorithm: 'sm2', privateKey: 1, publicKey }, /must be strings/],
      [{ algorithm: 'sm2', privateKey: privateKey.toUpperCase(), publicKey }, /64 lowercase hex/],
      [{ algorithm: 'sm2', privateKey: scalarHex(0n), publicKey }, /out of range/],
      [{ algorithm: 'sm2', privateKey: scalarHex(N - 1n), publicKey }, /out of range/],
      [{ algorithm: 'sm2', privateKey, publicKey: publicKey.slice(2) }, /uncompressed point/],
      [{ algorithm: 'sm2', privateKey, publicKey: other.publicKey }, /does not belong/],
    ];
    for (const [value, message] of cases) {
      expect(() => parseSm2KeyFile(JSON.stringify(value))).toThrow(message);
    }
    expect(() => parseSm2KeyFile('{"algorithm": "sm2",')).toThrow(SyntaxError);
  });
});
