import { createHash } from 'node:crypto';
import { canonicalJson } from '@liuhen/domain';
import { describe, expect, it } from 'vitest';
import type { caseRecords } from '../db/schema.ts';
import {
  caseRecordDigestV1,
  caseRecordDigestV2,
  caseRecordDigestVersion,
} from './sealed-digests.ts';

type Row = typeof caseRecords.$inferSelect;

const row: Row = {
  id: '6f1c2a1e-4b5d-4c3e-9a8b-7c6d5e4f3a2b',
  caseId: '0b8e7d6c-5a4b-4c3d-8e2f-1a0b9c8d7e6f',
  type: 'inquiry_transcript',
  madeAt: new Date('2026-11-23T01:00:00.000Z'),
  fields: { place: '常山县天马街道某某路 8 号', content: '问：店招是否经审批？答：没有。' },
  signature: { kind: 'signed', signers: ['赵六'], at: '2026-11-23T01:30:00.000Z' },
  situations: ['inquiry'],
  confidentiality: 'ordinary',
  supersedesId: null,
  correctionReason: null,
  createdBy: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a9f',
  recordedAt: new Date('2026-11-23T01:31:00.000Z'),
} as Row;

/** The digest exactly as c7cec2f put it on the ledger (records/seal-record.ts sealedDigest). */
function digestAsFirstReleased(r: Row): string {
  const sealed = {
    id: r.id,
    caseId: r.caseId,
    type: r.type,
    madeAt: r.madeAt.toISOString(),
    fields: r.fields,
    signature: r.signature,
    situations: r.situations,
    supersedesId: r.supersedesId,
    correctionReason: r.correctionReason,
  };
  return createHash('sha256').update(canonicalJson(sealed)).digest('hex');
}

describe('the sealed digest of a text record, by version', () => {
  it('version 1 is the digest existing ledgers hold, so they still verify', () => {
    expect(caseRecordDigestV1(row)).toBe(digestAsFirstReleased(row));
    expect(caseRecordDigestVersion(row, digestAsFirstReleased(row))).toBe(1);
  });

  it('version 2 binds the confidentiality level and the author; version 1 does not', () => {
    const v2 = caseRecordDigestV2(row);
    expect(caseRecordDigestVersion(row, v2)).toBe(2);
    const secret = { ...row, confidentiality: 'trade_secret' } as Row;
    expect(caseRecordDigestVersion(secret, v2)).toBeUndefined();
    expect(caseRecordDigestVersion({ ...row, createdBy: row.caseId }, v2)).toBeUndefined();
    // What version 1 cannot see: an old record's level stays unbound (docs/decisions.md).
    expect(caseRecordDigestVersion(secret, caseRecordDigestV1(row))).toBe(1);
  });

  it('no row matches a version-2 digest through version 1, or the reverse', () => {
    expect(caseRecordDigestV1(row)).not.toBe(caseRecordDigestV2(row));
    const edited = { ...row, fields: { ...(row.fields as object), content: '答：经过审批。' } };
    expect(caseRecordDigestVersion(edited as Row, caseRecordDigestV2(row))).toBeUndefined();
  });
});
