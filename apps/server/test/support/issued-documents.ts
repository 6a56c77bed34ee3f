import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { changshanAgency } from './case-fixtures.ts';
import { caseAtDecision } from './decided-case.ts';
import { issue, recordOfType, type IssuedDocumentView } from './documents-world.ts';
import type { Client, TestApp } from './test-app.ts';

/** An issued document as the API lists it, with what printing and copying tests look at. */
export interface IssuedDocumentDetails extends IssuedDocumentView {
  readonly caseId: string;
  readonly title: string;
  readonly pageCount: number;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The stored PDF of an issued document, as its reader downloads it. */
export async function issuedPdfBytes(client: Client, documentId: string): Promise<Buffer> {
  const response = await client.get(`/api/v1/documents/${documentId}/pdf`);
  expect(response.statusCode, response.body).toBe(200);
  return response.rawPayload;
}

/**
 * 常山 with a case at its decision stage whose 权利告知书 and 证据登记保存清单 are issued:
 * two documents of one case.
 */
export async function caseWithIssuedDocuments(testApp: TestApp, admin: Client) {
  const fixture = await changshanAgency(testApp, admin);
  const caseId = await caseAtDecision(fixture);
  const client = fixture.handler.client;
  const issueOf = async (type: string) =>
    (await issue(fixture, await recordOfType(client, caseId, type))) as IssuedDocumentDetails;
  const notice = await issueOf('rights_notice');
  const register = await issueOf('evidence_register');
  return { fixture, caseId, notice, register };
}
