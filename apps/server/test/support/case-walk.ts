import { expect } from 'vitest';
import { addRecord, type AgencyFixture } from './case-fixtures.ts';
import { expectProblem } from './problem-assertions.ts';

/** What a walk asserts of a finding. */
export interface FindingView {
  ruleId: string;
  severity: string;
  stage: string;
  message: string;
  citations: { seed?: string; law?: string; article: string }[];
}

/** The handler's hands on one agency's cases: move, check, approve by the chain. */
export function caseWalker(agency: AgencyFixture) {
  const handler = agency.handler.client;
  const move = (caseId: string, transition: string) =>
    handler.post(`/api/v1/cases/${caseId}/transitions`, { transition });

  return {
    handler,
    move,
    add: (caseId: string, body: object) => addRecord(handler, caseId, body),

    async open(body: object): Promise<string> {
      const opened = await handler.post('/api/v1/cases', body as never);
      expect(opened.statusCode, opened.body).toBe(201);
      return opened.json().id as string;
    },

    async moved(caseId: string, transition: string) {
      const response = await move(caseId, transition);
      expect(response.statusCode, response.body).toBe(200);
    },

    /** The transition refused with `transition-blocked`; its findings. */
    async blocked(caseId: string, transition: string): Promise<FindingView[]> {
      const problem = expectProblem(await move(caseId, transition), 409, 'transition-blocked');
      return (problem as unknown as { findings: FindingView[] }).findings;
    },

    async findings(caseId: string): Promise<FindingView[]> {
      return (await handler.get(`/api/v1/cases/${caseId}/findings`)).json().items;
    },

    async submit(caseId: string, kind: 'launch' | 'decision', recordId: string) {
      return handler.post(`/api/v1/cases/${caseId}/approvals`, { kind, recordId });
    },

    /**
     * Every step approved by whoever holds the role it asks for, until the request is
     * approved: by role, not step key, so the walk does not depend on the profile's chain.
     */
    async approveAll(requestId: string) {
      const byRole: Record<string, AgencyFixture['head']> = {
        department_head: agency.head,
        agency_head: agency.chief,
        legal_reviewer: agency.legal,
      };
      let { request } = (await handler.get(`/api/v1/approvals/${requestId}`)).json();
      while (request.status === 'pending') {
        const roles = request.steps[request.currentStep].roles as string[];
        const actor = byRole[roles.find((role) => role in byRole)!]!;
        const acted = await actor.client.post(`/api/v1/approvals/${requestId}/actions`, {
          action: 'approve',
          expectedVersion: request.version,
          comment: '同意',
          suggestions: '无',
        });
        expect(acted.statusCode, acted.body).toBe(200);
        request = acted.json();
      }
      expect(request.status).toBe('approved');
    },
  };
}

export type CaseWalker = ReturnType<typeof caseWalker>;
