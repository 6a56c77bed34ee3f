import { ACCESS_ROUTES } from './route-matrix/access-routes.ts';
import { CASE_ROUTES } from './route-matrix/cases-routes.ts';
import { DOCUMENTS_ROUTES } from './route-matrix/documents-routes.ts';
import { EVIDENCE_ROUTES } from './route-matrix/evidence-routes.ts';
import { IDENTITY_ROUTES } from './route-matrix/identity-routes.ts';
import { INCIDENT_ROUTES } from './route-matrix/incident-routes.ts';
import { POWERS_ROUTES } from './route-matrix/powers-routes.ts';
import type { Variant } from './route-matrix/variants.ts';

export type { Answer, CallContext, Variant } from './route-matrix/variants.ts';

/**
 * Every operation of the OpenAPI document that takes an id in its path, with the resource
 * the matrix sends it and the rule (route-matrix-roles.ts) that says who may call it.
 *
 * Fastify validates the body before the handler runs, so a body the schema refuses answers
 * 400 before any authorization: every write here sends a body that passes the schema, so that
 * what comes back is the gate's answer. Where an allowed call would change the resource for
 * good (closing a case, deciding an approval, terminating an upload, dismissing a file,
 * deleting a view), each allowed role gets its own fresh resource; a refused role always
 * gets the shared one, and the test checks nothing changed.
 */
export const ROUTES: Readonly<Record<string, readonly Variant[]>> = {
  ...IDENTITY_ROUTES,
  ...CASE_ROUTES,
  ...EVIDENCE_ROUTES,
  ...ACCESS_ROUTES,
  ...INCIDENT_ROUTES,
  ...POWERS_ROUTES,
  ...DOCUMENTS_ROUTES,
};
