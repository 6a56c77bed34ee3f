import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateEd25519PrivateKeyPem } from './ed25519-signer.ts';
import {
  loadOrCreateSigner,
  loadSigner,
  SIGNING_KEY_FILE_NAMES,
  SigningKeyFileError,
} from './key-store.ts';
import { verifySignature } from './signer.ts';
import { generateSm2KeyFile, serializeSm2KeyFile } from './sm2-signer.ts';

const runNode = promisify(execFile);
const posix = process.platform !== 'win32';

let root: string;
let directory: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'liuhen-keys-'));
  directory = path.join(root, 'keys');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe.each(['ed25519', 'sm2'] as const)('%s key store', (algorithm) => {
  const fileName = SIGNING_KEY_FILE_NAMES[algorithm];

  it('creates the key on the first call, mode 0600 in a 0700 folder, and nothing else', async () => {
    const signer = await loadOrCreateSigner({ directory, algorithm });
    expect(signer.algorithm).toBe(algorithm);
    expect(await readdir(directory)).toEqual([fileName]);
    if (posix) {
      expect((await stat(path.join(directory, fileName))).mode & 0o777).toBe(0o600);
      expect((await stat(directory)).mode & 0o777).toBe(0o700);
    }
  });

  it('loads the same key afterwards', async () => {
    const first = await loadOrCreateSigner({ directory, algorithm });
    const file = path.join(directory, fileName);
    const content = await readFile(file);
    const second = await loadOrCreateSigner({ directory, algorithm });
    const loaded = await loadSigner(file);
    for (const again of [second, loaded]) {
      expect(again.keyId).toBe(first.keyId);
      expect(again.publicKey).toBe(first.publicKey);
    }
    const message = Uint8Array.of(1, 2, 3);
    expect(verifySignature(algorithm, first.publicKey, message, await second.sign(message))).toBe(
      true,
    );
    expect(await readFile(file)).toEqual(content);
  });

  it('ends with one key when many calls race on an empty folder', async () => {
    const signers = await Promise.all(
      Array.from({ length: 8 }, () => loadOrCreateSigner({ directory, algorithm })),
    );
    expect(new Set(signers.map((signer) => signer.keyId)).size).toBe(1);
    expect(await readdir(directory)).toEqual([fileName]);
  });

  it('ends with one key when separate processes race on an empty folder', async () => {
    const keyStore = path.join(import.meta.dirname, 'key-store.ts');
    const startAt = Date.now() + 1500; // all processes start creating at about the same time
    const script = [
      `const { loadOrCreateSigner } = await import(${JSON.stringify(keyStore)});`,
      `await new Promise((resolve) => setTimeout(resolve, ${startAt} - Date.now()));`,
      `const signer = await loadOrCreateSigner(${JSON.stringify({ directory, algorithm })});`,
      'process.stdout.write(signer.keyId);',
    ].join('\n');
    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        runNode(process.execPath, ['--input-type=module', '--eval', script]),
      ),
    );
    const keyIds = runs.map((run) => run.stdout);
    expect(keyIds[0]).toMatch(/^[0-9a-f]{16}$/);
    expect(new Set(keyIds).size).toBe(1);
    expect((await loadOrCreateSigner({ directory, algorithm })).keyId).toBe(keyIds[0]);
    expect(await readdir(directory)).toEqual([fileName]);
  }, 20_000);
});

describe('a key file that cannot be used', () => {
  async function expectRefusedAndUntouched(fileName: string, content: string | Buffer) {
    await mkdir(directory, { recursive: true });
    const file = path.join(directory, fileName);
    await writeFile(file, content);
    const algorithm = fileName === SIGNING_KEY_FILE_NAMES.sm2 ? 'sm2' : 'ed25519';
    const error = await loadOrCreateSigner({ directory, algorithm }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SigningKeyFileError);
    expect((error as SigningKeyFileError).file).toBe(file);
    expect((error as Error).message).toContain(file);
    expect(await readFile(file)).toEqual(Buffer.from(content));
    expect(await readdir(directory)).toEqual([fileName]);
    return (error as Error).message;
  }

  it('is an error naming the file, and the file is left as it is', async () => {
    const pem = generateEd25519PrivateKeyPem();
    const sm2Text = serializeSm2KeyFile(generateSm2KeyFile());
    const cases: [string, string | Buffer, RegExp][] = [
      [SIGNING_KEY_FILE_NAMES.ed25519, 'not a key\n', /is corrupt/],
      [SIGNING_KEY_FILE_NAMES.ed25519, '', /is corrupt/],
      [SIGNING_KEY_FILE_NAMES.ed25519, pem.slice(0, 60), /is corrupt/],
      [SIGNING_KEY_FILE_NAMES.ed25519, Buffer.from([0xff, 0x00, 0x13]), /is corrupt/],
      [SIGNING_KEY_FILE_NAMES.ed25519, sm2Text, /holds an sm2 key, not ed25519/],
      [SIGNING_KEY_FILE_NAMES.sm2, sm2Text.slice(0, 40), /is corrupt/],
      [
        SIGNING_KEY_FILE_NAMES.sm2,
        // A different first digit (a fixed '0' would change nothing one time in sixteen).
        sm2Text.replace(/"privateKey": "(.)/, (_, first: string) =>
          first === '0' ? '"privateKey": "1' : '"privateKey": "0',
        ),
        /is corrupt/,
      ],
      [SIGNING_KEY_FILE_NAMES.sm2, pem, /holds an ed25519 key, not sm2/],
    ];
    for (const [fileName, content, problem] of cases) {
      expect(await expectRefusedAndUntouched(fileName, content)).toMatch(problem);
      await rm(directory, { recursive: true });
    }
  });

  it('says so when the file cannot be read', async () => {
    await mkdir(path.join(directory, SIGNING_KEY_FILE_NAMES.ed25519), { recursive: true });
    await expect(loadOrCreateSigner({ directory, algorithm: 'ed25519' })).rejects.toThrow(
      /ledger-ed25519\.pem cannot be read/,
    );
  });

  it('loadSigner names a missing file', async () => {
    const file = path.join(directory, 'missing.pem');
    await expect(loadSigner(file)).rejects.toThrow(file);
  });
});
