import type { Role } from '@liuhen/domain';

/** 文书设置: an agency's masthead, 复议机关, court, payment and 文号 patterns. */
export const DOCUMENT_SETTINGS_PATH = '/document-settings';
export const DOCUMENT_SETTINGS_EDITOR_ROLES: readonly Role[] = ['agency_head', 'admin'];
/** The public page a document's QR code opens; no sign-in. */
export const VERIFY_PATH = '/verify';
/** The page a party opens from an electronic service's link; no sign-in. */
export const RECEIVE_PATH = '/receive';
