/**
 * Canonical JSON for ledger entries: one value has exactly one byte form, so that its leaf hash
 * can be recomputed by anyone, in any language, years later.
 *
 * The form follows JCS (RFC 8785) where it matters (members sorted by UTF-16 code units, no
 * whitespace, JSON.stringify's string escaping, UTF-8) and is stricter elsewhere: strings are
 * NFC-normalised, because the same Chinese or accented text typed on two systems may arrive in
 * different normalisation forms; and numbers must be safe integers, because floating-point
 * formatting is where implementations disagree (amounts of money travel as strings).
 */

export type CanonicalJsonValue =
  | null
  | boolean
  | number
  | string
  | readonly CanonicalJsonValue[]
  | { readonly [key: string]: CanonicalJsonValue };

/**
 * The canonical UTF-8 bytes of a value. Object members whose value is undefined are left out;
 * anything without a single JSON meaning (non-integers, -0, Date, Uint8Array, bigint, functions,
 * symbols, class instances, cycles, lone surrogates) throws a TypeError naming its path, e.g.
 * `$.data.amount`.
 */
export function canonicalJson(value: unknown): Uint8Array {
  return encoder.encode(canonicalJsonText(value));
}

/** The canonical form as text (before UTF-8 encoding), for verifiers comparing text. */
export function canonicalJsonText(value: unknown): string {
  return serialize(value, ROOT, new Set());
}

// Paths are built only when something is wrong: entries are serialised by the million.
interface Path {
  readonly parent: Path | null;
  readonly key: string | number;
}
const ROOT: Path = { parent: null, key: '$' };
const encoder = new TextEncoder();
/** Below U+0300 no character changes under NFC, so most strings skip the ICU call. */
const NFC_STABLE = /^[^\u0300-\uffff]*$/;

function render(path: Path): string {
  if (path.parent === null) return String(path.key);
  const parent = render(path.parent);
  return typeof path.key === 'number'
    ? `${parent}[${path.key}]`
    : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(path.key)
      ? `${parent}.${path.key}`
      : `${parent}[${JSON.stringify(path.key)}]`;
}

/**
 * Parses bytes that must already be canonical JSON: a verifier refuses an entry that is not,
 * because a second byte form of the same value would hash differently. Throws a TypeError.
 */
export function parseCanonicalJson(bytes: Uint8Array): CanonicalJsonValue {
  let text: string;
  try {
    // ignoreBOM keeps a byte order mark in the text, where JSON.parse refuses it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new TypeError('not canonical JSON: the bytes are not valid UTF-8', { cause: error });
  }
  return parseCanonicalJsonText(text);
}

/**
 * The same check on text already decoded from valid UTF-8. Verifiers run it on every entry,
 * so it first tries a fast proof: when the engine's own JSON.stringify reproduces the text
 * exactly (no whitespace, standard escapes, shortest numbers, source member order) and every
 * object's members are already sorted, every string NFC and every number a safe integer,
 * the text is canonical. Otherwise the full canonical form decides.
 */
export function parseCanonicalJsonText(text: string): CanonicalJsonValue {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TypeError(`not canonical JSON: ${reason}`, { cause: error });
  }
  if (JSON.stringify(value) === text && alreadyCanonical(value)) {
    return value as CanonicalJsonValue;
  }
  let canonical: string;
  try {
    canonical = canonicalJsonText(value);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new TypeError(`not canonical JSON: ${reason}`, { cause: error });
  }
  if (canonical !== text) {
    throw new TypeError(
      'not canonical JSON: the bytes differ from the canonical form of the same value ' +
        '(whitespace, member order, escapes, number form or Unicode normalisation)',
    );
  }
  return value as CanonicalJsonValue;
}

function alreadyCanonical(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
      return NFC_STABLE.test(value) || (value.isWellFormed() && value.normalize('NFC') === value);
    case 'number':
      return Number.isSafeInteger(value) && !Object.is(value, -0);
    case 'boolean':
      return true;
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(alreadyCanonical);
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (i > 0 && !(keys[i - 1]! < key)) return false;
        if (!alreadyCanonical(key)) return false;
        if (!alreadyCanonical((value as Record<string, unknown>)[key])) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function serialize(value: unknown, path: Path, ancestors: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return serializeString(value, path);
    case 'number':
      return serializeNumber(value, path);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (ancestors.has(value)) throw new TypeError(`${render(path)}: the value contains itself`);
      ancestors.add(value);
      try {
        return Array.isArray(value)
          ? serializeArray(value, path, ancestors)
          : serializeObject(value, path, ancestors);
      } finally {
        ancestors.delete(value);
      }
    case 'undefined':
      throw new TypeError(`${render(path)}: undefined has no canonical JSON form`);
    default:
      throw new TypeError(`${render(path)}: a ${typeof value} has no canonical JSON form`);
  }
}

function serializeString(value: string, path: Path): string {
  // A lone surrogate cannot be encoded in UTF-8; JSON.stringify would escape it instead,
  // producing text that other languages' parsers refuse or alter.
  if (!value.isWellFormed()) {
    throw new TypeError(`${render(path)}: the string contains a lone surrogate`);
  }
  return JSON.stringify(NFC_STABLE.test(value) ? value : value.normalize('NFC'));
}

function serializeNumber(value: number, path: Path): string {
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(
      `${render(path)}: ${value} is not a safe integer; write decimals (such as amounts) as strings`,
    );
  }
  // -0 is a safe integer, but "-0" and "0" would be two forms of one value.
  if (Object.is(value, -0)) throw new TypeError(`${render(path)}: -0 is not allowed; write 0`);
  return String(value);
}

function serializeArray(items: readonly unknown[], path: Path, ancestors: Set<object>): string {
  const parts: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const itemPath: Path = { parent: path, key: i };
    // JSON.stringify would write null, silently changing the value.
    if (items[i] === undefined) {
      throw new TypeError(`${render(itemPath)}: an array item is undefined`);
    }
    parts.push(serialize(items[i], itemPath, ancestors));
  }
  return `[${parts.join(',')}]`;
}

function serializeObject(value: object, path: Path, ancestors: Set<object>): string {
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    const kind = value.constructor?.name ?? 'object';
    throw new TypeError(`${render(path)}: a ${kind} has no canonical JSON form; convert it first`);
  }
  if (Object.getOwnPropertySymbols(value).length > 0) {
    throw new TypeError(`${render(path)}: symbol keys have no JSON form`);
  }
  const members = new Map<string, unknown>();
  for (const key of Object.keys(value)) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    if (!key.isWellFormed()) {
      throw new TypeError(`${render({ parent: path, key })}: the key contains a lone surrogate`);
    }
    const normalizedKey = NFC_STABLE.test(key) ? key : key.normalize('NFC');
    if (members.has(normalizedKey)) {
      throw new TypeError(
        `${render({ parent: path, key })}: two keys are the same after NFC normalisation`,
      );
    }
    members.set(normalizedKey, member);
  }
  // RFC 8785 §3.2.3: sort by UTF-16 code units, which is the default sort order of strings.
  const keys = [...members.keys()].sort();
  let text = '{';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (i > 0) text += ',';
    text += `${JSON.stringify(key)}:${serialize(members.get(key), { parent: path, key }, ancestors)}`;
  }
  return `${text}}`;
}
