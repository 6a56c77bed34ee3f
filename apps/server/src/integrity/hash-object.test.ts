import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EvidenceObjectMissingError,
  evidenceKeyOf,
  type EvidenceStore,
} from '../evidence/evidence-store.ts';
import { createDigestPool } from '../uploads/digest-pool.ts';
import { hashStoredObject } from './hash-object.ts';

const pool = createDigestPool({ size: 2 });
afterAll(() => pool.close());

/** A store known only by its interface, as the S3 adapter is: objects come as streams. */
function storeHolding(objects: Map<string, Buffer>): EvidenceStore {
  return {
    kind: 's3',
    status: async () => ({ kind: 's3', status: 'ok' }),
    commit: async () => {
      throw new Error('not in this test');
    },
    stat: async (key) => {
      const bytes = objects.get(key);
      return bytes === undefined ? undefined : { sizeBytes: bytes.length };
    },
    read: async (key) => {
      const bytes = objects.get(key);
      if (bytes === undefined) throw new EvidenceObjectMissingError(key);
      // Several chunks, as a network stream delivers them.
      return Readable.from([bytes.subarray(0, 1000), bytes.subarray(1000)]);
    },
  };
}

describe('re-hashing a stored object through the store interface', () => {
  const bytes = Buffer.from('录像'.repeat(5000));
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const sm3 = createHash('sm3').update(bytes).digest('hex');
  const key = evidenceKeyOf(sha256);

  it('gives both digests and the size of what the store returns', async () => {
    const store = storeHolding(new Map([[key, bytes]]));
    expect(await hashStoredObject({ store, pool }, key)).toEqual({
      kind: 'hashed',
      sha256,
      sm3,
      sizeBytes: bytes.length,
    });
  });

  it('sees one changed bit, and an object that is gone', async () => {
    const altered = Buffer.from(bytes);
    altered[4321]! ^= 0x04;
    const store = storeHolding(new Map([[key, altered]]));
    const found = await hashStoredObject({ store, pool }, key);
    expect(found).toMatchObject({ kind: 'hashed', sizeBytes: bytes.length });
    expect(found.kind === 'hashed' && found.sha256 !== sha256 && found.sm3 !== sm3).toBe(true);
    expect(await hashStoredObject({ store: storeHolding(new Map()), pool }, key)).toEqual({
      kind: 'missing',
    });
  });
});
