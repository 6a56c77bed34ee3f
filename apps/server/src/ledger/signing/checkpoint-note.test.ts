import { describe, expect, it } from 'vitest';
import {
  CheckpointNoteError,
  encodeCheckpointNote,
  parseCheckpointNote,
  signCheckpoint,
  verifyCheckpointSignature,
  type CheckpointBody,
} from './checkpoint-note.ts';
import { ed25519SignerFromPem, generateEd25519PrivateKeyPem } from './ed25519-signer.ts';
import { keyIdOf, verifySignature, type SignatureAlgorithm, type Signer } from './signer.ts';
import { generateSm2KeyFile, sm2SignerFromKeyFile } from './sm2-signer.ts';

const BODY: CheckpointBody = {
  logId: 'agency:0b7e2a4c-5d1f-4e8a-9c3b-2f6d8e1a7b90',
  treeSize: 42,
  rootHash: Uint8Array.from({ length: 32 }, (_, i) => i),
  hashAlgorithm: 'sha256',
  time: '2026-11-22T19:00:00.000Z',
};

const EXPECTED_NOTE =
  'liuhen.ledger/v1\n' +
  'agency:0b7e2a4c-5d1f-4e8a-9c3b-2f6d8e1a7b90\n' +
  '42\n' +
  'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n' +
  'sha256\n' +
  '2026-11-22T19:00:00.000Z\n';

const ascii = (text: string) => new TextEncoder().encode(text);

const newSigner: Record<SignatureAlgorithm, () => Signer> = {
  ed25519: () => ed25519SignerFromPem(generateEd25519PrivateKeyPem()),
  sm2: () => sm2SignerFromKeyFile(generateSm2KeyFile()),
};

describe('encodeCheckpointNote', () => {
  it('writes the exact documented bytes', () => {
    expect(Buffer.from(encodeCheckpointNote(BODY)).toString('latin1')).toBe(EXPECTED_NOTE);
  });

  it('round-trips through parseCheckpointNote', () => {
    const bodies: CheckpointBody[] = [
      BODY,
      { ...BODY, logId: 'platform', treeSize: 0, hashAlgorithm: 'sm3' },
      {
        ...BODY,
        logId: 'a'.repeat(64),
        treeSize: Number.MAX_SAFE_INTEGER,
        rootHash: new Uint8Array(32).fill(0xff),
        time: '1999-12-31T23:59:59.999Z',
      },
    ];
    for (const body of bodies) {
      const parsed = parseCheckpointNote(encodeCheckpointNote(body));
      expect(parsed).toEqual(body);
      expect(parsed.rootHash).toBeInstanceOf(Uint8Array);
    }
  });

  it('refuses a body it could not parse back', () => {
    const refused: [Partial<CheckpointBody>, RegExp][] = [
      [{ logId: '' }, /log id/],
      [{ logId: 'a'.repeat(65) }, /log id/],
      [{ logId: 'agency:1\nextra' }, /log id/],
      [{ logId: 'agency 1' }, /log id/],
      [{ logId: '机关' }, /log id/],
      [{ treeSize: -1 }, /tree size/],
      [{ treeSize: 1.5 }, /tree size/],
      [{ treeSize: Number.NaN }, /tree size/],
      [{ treeSize: 2 ** 53 }, /tree size/],
      [{ rootHash: new Uint8Array(31) }, /32 bytes/],
      [{ rootHash: new Uint8Array(33) }, /32 bytes/],
      [{ hashAlgorithm: 'md5' as 'sha256' }, /hash algorithm/],
      [{ time: '2026-11-22T19:00:00Z' }, /time/],
      [{ time: '2026-11-22T19:00:00.000+08:00' }, /time/],
      [{ time: '2026-11-22 19:00:00.000Z' }, /time/],
      [{ time: '2026-02-30T19:00:00.000Z' }, /time/],
      [{ time: '2026-11-22T24:00:00.000Z' }, /time/],
    ];
    for (const [change, message] of refused) {
      expect(() => encodeCheckpointNote({ ...BODY, ...change })).toThrow(CheckpointNoteError);
      expect(() => encodeCheckpointNote({ ...BODY, ...change })).toThrow(message);
    }
  });
});

describe('parseCheckpointNote', () => {
  const replaceLine = (index: number, line: string) => {
    const lines = EXPECTED_NOTE.split('\n');
    lines[index] = line;
    return lines.join('\n');
  };

  it('refuses anything but the exact format', () => {
    const refused: [string, RegExp][] = [
      [`${EXPECTED_NOTE}extra\n`, /expected 6 lines, found 7/],
      [`${EXPECTED_NOTE}\n`, /expected 6 lines, found 7/],
      [EXPECTED_NOTE.slice(0, -1), /must end with a newline/],
      [EXPECTED_NOTE.replaceAll('\n', '\r\n'), /LF alone, not CRLF/],
      [EXPECTED_NOTE.replace('sha256\n', ''), /expected 6 lines, found 5/],
      ['', /must end with a newline/],
      [replaceLine(0, 'liuhen.ledger/v2'), /first line must be liuhen\.ledger\/v1/],
      [replaceLine(1, ''), /log id/],
      [replaceLine(1, 'agency 1'), /log id/],
      [replaceLine(2, '042'), /tree size/],
      [replaceLine(2, '-1'), /tree size/],
      [replaceLine(2, '+42'), /tree size/],
      [replaceLine(2, '4.2e1'), /tree size/],
      [replaceLine(2, ' 42'), /tree size/],
      [replaceLine(2, ''), /tree size/],
      [replaceLine(2, '9007199254740992'), /tree size/],
      [replaceLine(3, '!!!'), /standard padded base64/],
      [replaceLine(3, 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8'), /standard padded base64/],
      [replaceLine(3, 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh-='), /standard padded base64/],
      [replaceLine(3, 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh9='), /standard padded base64/],
      [replaceLine(3, 'AAEC AwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8='), /standard padded base64/],
      [replaceLine(3, 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHg=='), /32 bytes/],
      [replaceLine(3, 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g'), /32 bytes/],
      [replaceLine(3, ''), /32 bytes/],
      [replaceLine(4, 'SHA256'), /hash algorithm/],
      [replaceLine(4, 'sha256 '), /hash algorithm/],
      [replaceLine(5, '2026-11-22T19:00:00Z'), /time/],
      [replaceLine(5, '2026-11-22T19:00:00.000z'), /time/],
    ];
    for (const [text, message] of refused) {
      expect(() => parseCheckpointNote(ascii(text)), JSON.stringify(text)).toThrow(message);
    }
  });

  it('refuses bytes outside printable ASCII', () => {
    for (const byte of [0x00, 0x09, 0x7f, 0x80, 0xff]) {
      const note = ascii(EXPECTED_NOTE);
      note[20] = byte;
      expect(() => parseCheckpointNote(note)).toThrow(/only printable ASCII and LF/);
    }
    expect(() => parseCheckpointNote(ascii(EXPECTED_NOTE.replace('agency:', '机关:')))).toThrow(
      /only printable ASCII and LF/,
    );
  });
});

describe.each(['ed25519', 'sm2'] as const)('%s signed checkpoints', (algorithm) => {
  const signer = newSigner[algorithm]();

  it('sign the encoded note and verify', async () => {
    const signed = await signCheckpoint(signer, BODY);
    expect(signed.body).toEqual(BODY);
    expect(signed.note).toEqual(encodeCheckpointNote(BODY));
    expect(signed.keyId).toBe(signer.keyId);
    expect(signed.algorithm).toBe(algorithm);
    expect(verifyCheckpointSignature({ ...signed, publicKey: signer.publicKey })).toBe(true);
  });

  it('fail verification after a change of any byte of the note', async () => {
    const signed = await signCheckpoint(signer, BODY);
    const { publicKey } = signer;
    for (let index = 0; index < signed.note.length; index++) {
      for (const mask of [0x01, 0x20]) {
        const note = new Uint8Array(signed.note);
        note[index]! ^= mask;
        expect(verifyCheckpointSignature({ ...signed, note, publicKey })).toBe(false);
        // The signature itself catches it, not only the format check (once per byte: SM2
        // verification is slow).
        if (mask === 0x01) {
          expect(verifySignature(algorithm, publicKey, note, signed.signature)).toBe(false);
        }
      }
    }
    const shorter = signed.note.subarray(0, -1);
    const longer = Uint8Array.of(...signed.note, 0x0a);
    for (const note of [shorter, longer]) {
      expect(verifyCheckpointSignature({ ...signed, note, publicKey })).toBe(false);
    }
  });

  it('fail verification for another valid note, key or keyId', async () => {
    const signed = await signCheckpoint(signer, BODY);
    const otherNote = encodeCheckpointNote({ ...BODY, treeSize: 43 });
    const other = newSigner[algorithm]();
    const { publicKey } = signer;
    expect(verifyCheckpointSignature({ ...signed, note: otherNote, publicKey })).toBe(false);
    expect(verifyCheckpointSignature({ ...signed, publicKey: other.publicKey })).toBe(false);
    expect(
      verifyCheckpointSignature({ ...signed, publicKey: other.publicKey, keyId: other.keyId }),
    ).toBe(false);
    expect(verifyCheckpointSignature({ ...signed, publicKey, keyId: other.keyId })).toBe(false);
    expect(
      verifyCheckpointSignature({
        ...signed,
        publicKey,
        keyId: keyIdOf(algorithm, `${publicKey} `),
      }),
    ).toBe(false);
  });

  it('refuse a note that is not a checkpoint, even if validly signed', async () => {
    const note = ascii('not a checkpoint\n');
    const signature = await signer.sign(note);
    expect(verifySignature(algorithm, signer.publicKey, note, signature)).toBe(true);
    expect(
      verifyCheckpointSignature({
        note,
        signature,
        algorithm,
        publicKey: signer.publicKey,
        keyId: signer.keyId,
      }),
    ).toBe(false);
  });
});
