/**
 * What parsing an identifier gives: the normalised value and what it tells us, or one problem
 * with a message a clerk can act on. One problem at a time, the first the clerk should fix,
 * because a form shows one message per field.
 */
export type ParseResult<Value, Problem extends string> =
  | { readonly ok: true; readonly value: Value }
  | { readonly ok: false; readonly problem: Problem; readonly message: string };
