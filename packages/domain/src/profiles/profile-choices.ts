import {
  ACT_TYPE_LABELS,
  EXECUTION_METHOD_LABELS,
  SERVICE_METHOD_LABELS,
  type ActType,
  type ExecutionMethod,
  type ServiceMethod,
} from '../enforcement/vocabulary.ts';
import { citationsText } from '../rules/av/citations.ts';
import type { CitedItem, PolicyProfile, ValueCitation } from './profile-schema.ts';

/**
 * The profile's lists of acts and methods, as the vocabulary's codes. A profile names them
 * in the regulation's words; a word with no code (a method the platform does not record)
 * is kept in `unmatched` so the user is told rather than the word silently dropped.
 */
export interface ProfileChoices<Code extends string> {
  readonly codes: readonly Code[];
  readonly unmatched: readonly string[];
  readonly citations: readonly ValueCitation[];
}

/** Words the seeds use for a method besides the vocabulary's own label. */
const SERVICE_METHOD_ALIASES: Readonly<Partial<Record<ServiceMethod, readonly string[]>>> = {
  // 004 《全过程记录制度》第十条: "电子邮件送达".
  electronic: ['电子邮件送达'],
};

function choicesOf<Code extends string>(
  items: readonly CitedItem[] | undefined,
  labels: Readonly<Record<Code, string>>,
  aliases: Readonly<Partial<Record<Code, readonly string[]>>> = {} as Partial<
    Record<Code, readonly string[]>
  >,
): ProfileChoices<Code> | undefined {
  if (items === undefined) return undefined;
  const byWord = new Map<string, Code>();
  for (const [code, label] of Object.entries(labels) as [Code, string][]) {
    byWord.set(label, code);
    for (const alias of aliases[code] ?? []) byWord.set(alias, code);
  }
  const codes: Code[] = [];
  const unmatched: string[] = [];
  for (const item of items) {
    const code = byWord.get(item.value.trim());
    if (code === undefined) unmatched.push(item.value);
    else if (!codes.includes(code)) codes.push(code);
  }
  const citations = [
    ...new Map(items.map((i) => [JSON.stringify(i.citation), i.citation])).values(),
  ];
  return { codes, unmatched, citations };
}

/** 送达方式 the agency's regulation names (000 第十条, 002 第七条, 003 第二十五条, 004 第十条). */
export function profileServiceMethods(
  profile: Pick<PolicyProfile, 'serviceMethods'>,
): ProfileChoices<ServiceMethod> | undefined {
  return choicesOf(profile.serviceMethods, SERVICE_METHOD_LABELS, SERVICE_METHOD_ALIASES);
}

/** 强制执行方式 the agency's regulation names (002 第七条(四), 003 第二十八条). */
export function profileExecutionMethods(
  profile: Pick<PolicyProfile, 'compulsoryExecutionMethods'>,
): ProfileChoices<ExecutionMethod> | undefined {
  return choicesOf(profile.compulsoryExecutionMethods, EXECUTION_METHOD_LABELS);
}

/** The acts the agency's regulation governs (003 第二条), when it says. */
export function profileActTypes(
  profile: Pick<PolicyProfile, 'actTypes'>,
): ProfileChoices<ActType> | undefined {
  return choicesOf(profile.actTypes, ACT_TYPE_LABELS);
}

/**
 * Why a case of `actType` cannot be opened under the profile, or undefined when it can. An
 * agency whose regulation says which acts it governs (003 第二条) records those; one that
 * must record another kind adds it to its own profile. A profile that is silent allows all.
 */
export function actTypeOutsideProfile(
  profile: Pick<PolicyProfile, 'actTypes'>,
  actType: ActType,
): string | undefined {
  const allowed = profileActTypes(profile);
  if (allowed === undefined || allowed.codes.includes(actType)) return undefined;
  const listed = allowed.codes.map((code) => ACT_TYPE_LABELS[code]).join('、');
  return (
    `本机关制度适用的执法类别为${listed}（${citationsText(allowed.citations)}），` +
    `不含“${ACT_TYPE_LABELS[actType]}”。确需办理的，请由机关负责人在“本机关制度”中增加该类别。`
  );
}
