/**
 * One thing to fix in submitted content, at a dotted path inside it (`levels.1.fineMax`), with
 * a Chinese reason a clerk can act on. The server prefixes `body.` and answers problem+json
 * 400 with every one of them, so a form marks each field.
 */
export interface FieldProblem {
  readonly path: string;
  readonly reason: string;
}
