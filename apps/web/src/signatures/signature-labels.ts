import type { SignatureRole } from './signatures-api.ts';

/** Who signs, as the buttons and prompts name them. */
export const SIGNER_LABELS: Readonly<Record<SignatureRole, string>> = {
  party: '当事人',
  officers: '执法人员',
  witness: '见证人',
  recorder: '记录人',
  recipient: '受送达人',
  server: '送达人',
};
