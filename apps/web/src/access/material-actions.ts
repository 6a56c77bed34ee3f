import type { AccessRequest, GrantablePermission } from './access-api.ts';
import type { MaterialAccess } from './access-rules.ts';

/** What a row of material offers the user in place of the file itself. */
export type AccessOffer =
  /** He may use it (查看 or 下载副本 is shown); nothing to ask for. */
  | 'none'
  /** His request for it waits for the head. */
  | 'pending'
  /** 申请调阅, limited to this material. */
  | 'request'
  /** Neither use nor ask (say, a supervisor without access:request). */
  | 'refused';

export interface MaterialActions {
  readonly view: boolean;
  readonly download: boolean;
  readonly offer: AccessOffer;
  /** The user's request for it still waiting, if any. */
  readonly pending: AccessRequest | undefined;
  /** Ticked at first in the request form: what would let him open it. */
  readonly ask: GrantablePermission[];
}

/**
 * The buttons of one recording or attachment. `viewIsCopy`: the browser cannot show the
 * file (TIFF), so seeing it means saving a copy, which takes the download permission.
 * 申请调阅 is offered only when nothing can be done with the file at all; one who may
 * view but not copy asks on the case page.
 */
export function materialActions(
  access: MaterialAccess,
  options: { readonly viewIsCopy: boolean; readonly canRequest: boolean },
): MaterialActions {
  const view = access.canView && (!options.viewIsCopy || access.canDownload);
  const download = access.canDownload;
  const ask: GrantablePermission[] = [options.viewIsCopy ? 'evidence:download' : 'evidence:view'];
  const { pending } = access;
  if (view || download) return { view, download, offer: 'none', pending, ask };
  if (pending) return { view, download, offer: 'pending', pending, ask };
  return { view, download, offer: options.canRequest ? 'request' : 'refused', pending, ask };
}
