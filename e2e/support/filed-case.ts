import { DEMO_RECORDS } from '../../apps/server/src/demo/demo-records.ts';
import type { ApiSession } from './api-setup.ts';

interface Approval {
  version: number;
  status: string;
  currentStep: number;
  steps: { key: string; roles: string[] }[];
}

/**
 * Files an opened case through the API: its source record and launch form made, the launch
 * approved step by step by whoever of `approvers` holds the role each step asks for, the
 * case filed. It is then in 调查取证.
 */
export async function fileThroughApi(
  handler: ApiSession,
  caseId: string,
  approvers: Readonly<Record<string, ApiSession>>,
) {
  const records = `/api/v1/cases/${caseId}/records`;
  await handler.expect('POST', records, DEMO_RECORDS.caseSource());
  const form = await handler.expect('POST', records, DEMO_RECORDS.launchForm());
  const launch = await handler.expect('POST', `/api/v1/cases/${caseId}/approvals`, {
    kind: 'launch',
    recordId: form.id,
  });
  let { request } = (await handler.expect('GET', `/api/v1/approvals/${launch.id}`)) as {
    request: Approval;
  };
  while (request.status === 'pending') {
    const step = request.steps[request.currentStep]!;
    const role = step.roles.find((r) => approvers[r] !== undefined);
    if (role === undefined) throw new Error(`nobody given for ${step.roles.join('/')}`);
    request = await approvers[role]!.expect('POST', `/api/v1/approvals/${launch.id}/actions`, {
      action: 'approve',
      expectedVersion: request.version,
      comment: '同意立案调查',
      ...(step.key === 'legal_review' ? { suggestions: '建议依法立案调查' } : {}),
    });
  }
  await handler.expect('POST', `/api/v1/cases/${caseId}/transitions`, { transition: 'file' });
}
