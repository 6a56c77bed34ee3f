import { randomUUID } from 'node:crypto';
import { link, lstat, mkdir, open, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ed25519SignerFromPem, generateEd25519PrivateKeyPem } from './ed25519-signer.ts';
import {
  generateSm2KeyFile,
  parseSm2KeyFile,
  serializeSm2KeyFile,
  sm2SignerFromKeyFile,
} from './sm2-signer.ts';
import type { SignatureAlgorithm, Signer } from './signer.ts';

/**
 * The ledger signing keys on disk, one file per algorithm in one folder (the server uses
 * `<DATA_DIR>/keys`). A key is created once and then only ever loaded: every published
 * checkpoint names the key that signed it, so a replaced key would orphan all of them.
 * Hence a file that cannot be read or parsed is an error, never a reason to make a new one.
 */
export const SIGNING_KEY_FILE_NAMES = {
  ed25519: 'ledger-ed25519.pem',
  sm2: 'ledger-sm2.json',
} as const satisfies Record<SignatureAlgorithm, string>;

export class SigningKeyFileError extends Error {
  readonly file: string;
  constructor(file: string, problem: string, options?: ErrorOptions) {
    super(
      `Ledger signing key file ${file} ${problem}. It has been left as it is: a new key ` +
        'would orphan every checkpoint signed with this one; restore the file from a backup.',
      options,
    );
    this.name = 'SigningKeyFileError';
    this.file = file;
  }
}

export interface SigningKeyLocation {
  readonly directory: string;
  readonly algorithm: SignatureAlgorithm;
}

/** The signer for `algorithm` from `directory`, creating its key on the first call. */
export async function loadOrCreateSigner({
  directory,
  algorithm,
}: SigningKeyLocation): Promise<Signer> {
  const file = path.join(directory, SIGNING_KEY_FILE_NAMES[algorithm]);
  if (!(await exists(file))) {
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await publishExclusively(file, newKeyFileText(algorithm));
  }
  // Whether we created it or another process did (first one wins), load what is on disk.
  const signer = await loadSigner(file);
  if (signer.algorithm !== algorithm) {
    throw new SigningKeyFileError(file, `holds an ${signer.algorithm} key, not ${algorithm}`);
  }
  return signer;
}

/**
 * The signer in a key file: a PKCS#8 PEM Ed25519 private key, or the SM2 JSON key file
 * `{ "algorithm": "sm2", "privateKey": "<hex>", "publicKey": "<hex>" }`.
 */
export async function loadSigner(file: string): Promise<Signer> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new SigningKeyFileError(file, `cannot be read (${messageOf(error)})`, { cause: error });
  }
  try {
    return signerFromKeyFileText(text);
  } catch (error) {
    throw new SigningKeyFileError(file, `is corrupt (${messageOf(error)})`, { cause: error });
  }
}

function signerFromKeyFileText(text: string): Signer {
  if (text.startsWith('-----BEGIN ')) return ed25519SignerFromPem(text);
  if (text.startsWith('{')) return sm2SignerFromKeyFile(parseSm2KeyFile(text));
  throw new Error('neither a PEM Ed25519 private key nor an SM2 JSON key file');
}

function newKeyFileText(algorithm: SignatureAlgorithm): string {
  switch (algorithm) {
    case 'ed25519':
      return generateEd25519PrivateKeyPem();
    case 'sm2':
      return serializeSm2KeyFile(generateSm2KeyFile());
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw new SigningKeyFileError(file, `cannot be inspected (${messageOf(error)})`, {
      cause: error,
    });
  }
}

/**
 * Writes `text` to `file` only if `file` does not exist, atomically: the content goes to a
 * temporary file (mode 0600, flushed to disk) that is then hard-linked to the final name.
 * link() never overwrites, so of two processes racing here exactly one key lands and the
 * other process's link fails with EEXIST; that process then loads the winner's key. A
 * reader never sees a half-written file, and a crash leaves at worst a stray temporary file.
 */
async function publishExclusively(file: string, text: string): Promise<void> {
  const directory = path.dirname(file);
  const temporary = path.join(directory, `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, 'wx', 0o600);
    try {
      await handle.chmod(0o600); // whatever the umask
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await link(temporary, file);
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') throw error;
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
  await syncDirectory(directory);
}

/** Makes the new directory entry itself durable. */
async function syncDirectory(directory: string): Promise<void> {
  if (process.platform === 'win32') return; // directories cannot be opened for fsync there
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function codeOf(error: unknown): unknown {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
