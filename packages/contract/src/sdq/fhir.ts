import { SDQ_REVERSED, sdqItemNumber, sdqOptionCount, sdqRoleNumber } from './structure.js';

/**
 * The SDQ in FHIR R4, in the national format: a host's Questionnaire (KL Gateway's
 * klgateway-children-sdq4-10 / -sdq11-17 pass unchanged) gives the wording and the answer
 * options; an answer is scored by its option's meaning: the option's FHIR weight
 * (`itemWeight`, R4's `ordinalValue`) where the questionnaire gives one, else its position
 * (first = 0), whether the questionnaire answers with valueString or valueCoding; the
 * response answers in the questionnaire's own form, so it can go back to KL Gateway
 * unchanged.
 */
export const FHIR_ITEM_WEIGHT = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
export const FHIR_ORDINAL_VALUE = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface AnswerValue {
  valueString?: string;
  valueCoding?: Coding;
  valueInteger?: number;
}
/** An answer option: its value, and a FHIR weight when the questionnaire scores it. */
export interface AnswerOption extends AnswerValue {
  extension?: { url: string; valueDecimal?: number; valueInteger?: number }[];
}
export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type?: string;
  required?: boolean;
  code?: Coding[];
  answerOption?: AnswerOption[];
  item?: QuestionnaireItem[];
}
export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  title?: string;
  item?: QuestionnaireItem[];
}
export interface ResponseItem {
  linkId: string;
  answer?: AnswerValue[];
  item?: ResponseItem[];
}
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  questionnaire?: string;
  status: string;
  authored?: string;
  subject?: { reference?: string; display?: string };
  author?: { reference?: string; display?: string };
  extension?: {
    url: string;
    valueCode?: string;
    valueCodeableConcept?: { coding?: Coding[] };
  }[];
  item?: ResponseItem[];
}

/** A question of the SDQ as found in a host questionnaire. */
export interface SdqQuestion {
  readonly item: number;
  readonly linkId: string;
  readonly text: string;
  readonly options: readonly AnswerOption[];
  /**
   * What each option means to the scoring, by position: the position it would have in the
   * SDQ's own order (items 1-25: not true 0, somewhat true 1, certainly true 2, before the
   * five reversed items are turned round; impact items: as listed).
   */
  readonly meanings: readonly number[];
}

/** Every item of a Questionnaire or response, nested groups included, in order. */
export function flattenItems<T extends { item?: T[] }>(items: readonly T[] = []): T[] {
  return items.flatMap((i) => [i, ...flattenItems(i.item)]);
}

/** Whether an answer is this option (same string, integer, or coding system and code). */
export function sameAnswer(a: AnswerValue, b: AnswerValue): boolean {
  if (a.valueString !== undefined || b.valueString !== undefined)
    return a.valueString === b.valueString;
  if (a.valueInteger !== undefined || b.valueInteger !== undefined)
    return a.valueInteger === b.valueInteger;
  return Boolean(
    a.valueCoding &&
    b.valueCoding &&
    a.valueCoding.code === b.valueCoding.code &&
    (a.valueCoding.system ?? '') === (b.valueCoding.system ?? ''),
  );
}

/** The option's FHIR weight (itemWeight, or R4's ordinalValue), if it has one. */
export function optionWeight(option: AnswerOption): number | undefined {
  const ext = Array.isArray(option.extension)
    ? option.extension.find((e) => e?.url === FHIR_ITEM_WEIGHT || e?.url === FHIR_ORDINAL_VALUE)
    : undefined;
  const value = ext?.valueDecimal ?? ext?.valueInteger;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The answer as FHIR wants it in a response: the option's value only (no weight). */
export function answerValue(option: AnswerValue): AnswerValue {
  if (option.valueString !== undefined) return { valueString: option.valueString };
  if (option.valueCoding !== undefined) return { valueCoding: { ...option.valueCoding } };
  return option.valueInteger !== undefined ? { valueInteger: option.valueInteger } : {};
}

const valueKey = (o: AnswerValue): string =>
  o.valueString !== undefined
    ? `s:${o.valueString}`
    : o.valueCoding
      ? `c:${o.valueCoding.system ?? ''}|${o.valueCoding.code ?? ''}`
      : `i:${String(o.valueInteger)}`;

/**
 * What each option of an item means to the scoring (see `SdqQuestion.meanings`), or a
 * problem. Weights on items 1-25 are the item's score (so 2, 1, 0 on a reversed item in the
 * SDQ's order) and must be 0, 1 and 2; weights on the impact and follow-up items must rise
 * from the first option to the last, as the scoring reads them.
 */
function optionMeanings(
  item: number,
  linkId: string,
  options: readonly AnswerOption[],
): { meanings: number[] } | { issue: string } {
  const weights = options.map(optionWeight);
  const position = options.map((_, p) => p);
  if (weights.every((w) => w === undefined)) return { meanings: position };
  const name = `Item ${item} ("${linkId.slice(0, 40)}")`;
  if (weights.some((w) => w === undefined))
    return { issue: `${name}: only some of its answer options carry a weight` };
  const w = weights as number[];
  if (item > 25)
    return w.every((x, p) => p === 0 || x >= w[p - 1]!)
      ? { meanings: position }
      : {
          issue: `${name}: its weights (${w.join(', ')}) fall; they must rise from the first option`,
        };
  if ([...w].sort().join() !== '0,1,2')
    return {
      issue: `${name}: its weights are ${w.join(', ')}; an SDQ statement scores 0, 1 and 2`,
    };
  return { meanings: w.map((x) => (SDQ_REVERSED.has(item) ? 2 - x : x)) };
}

/**
 * Items 1-25 share one set of answer options. An item listing the same options as item 1 in
 * another order (say a reversed item turned round in the questionnaire, when the scoring
 * turns it round itself) would be scored backwards: each such item is a problem.
 */
function orderIssues(byItem: ReadonlyMap<number, SdqQuestion>): string[] {
  const reference = byItem.get(1);
  if (!reference) return [];
  const meaningOf = new Map(reference.options.map((o, p) => [valueKey(o), reference.meanings[p]]));
  const issues: string[] = [];
  for (let item = 2; item <= 25; item++) {
    const q = byItem.get(item);
    if (!q || !q.options.every((o) => meaningOf.has(valueKey(o)))) continue;
    if (q.options.some((o, p) => meaningOf.get(valueKey(o)) !== q.meanings[p]))
      issues.push(
        `Item ${item} ("${q.linkId.slice(0, 40)}")${SDQ_REVERSED.has(item) ? ', a reversed statement,' : ''} orders or weights its options unlike item 1; list every statement in the same order`,
      );
  }
  return issues;
}

/** The item number of a questionnaire item: by linkId, else by a role code on the item. */
function itemNumberOf(entry: QuestionnaireItem): number | null {
  const byLink = sdqItemNumber(String(entry.linkId ?? ''));
  if (byLink !== null) return byLink;
  for (const c of Array.isArray(entry.code) ? entry.code : []) {
    const role = typeof c?.code === 'string' ? sdqRoleNumber(c.code) : null;
    if (role !== null) return role;
  }
  return null;
}

/** The label of an answer option, as text (never markup). */
export function optionLabel(option: AnswerValue): string {
  return (
    option.valueString ??
    option.valueCoding?.display ??
    option.valueCoding?.code ??
    (option.valueInteger !== undefined ? String(option.valueInteger) : '')
  );
}

/**
 * The SDQ questions in a host questionnaire, checked: items 1-25 must all be there with three
 * options; impact items (26-33) with four, when present; weights must fit the SDQ's scoring,
 * and no statement may list its options in another order than the others. An item is found
 * by the number its linkId starts with, or by its role (`SDQ_IMPACT_ROLES`, as linkId or item
 * code). Problems name the items.
 */
export function sdqQuestions(questionnaire: unknown): {
  questions: SdqQuestion[];
  issues: string[];
} {
  const issues: string[] = [];
  const q = questionnaire as Questionnaire | null;
  if (!q || typeof q !== 'object' || q.resourceType !== 'Questionnaire' || !Array.isArray(q.item)) {
    return { questions: [], issues: ['Not a FHIR Questionnaire with items'] };
  }
  const byItem = new Map<number, SdqQuestion>();
  for (const entry of flattenItems(q.item)) {
    if (entry.type === 'group' || entry.type === 'display') continue;
    const item = itemNumberOf(entry);
    if (item === null) {
      issues.push(
        `Unrecognised item "${String(entry.linkId).slice(0, 40)}": its linkId does not start with an SDQ item number (1-33) or fu1/fu2, and it names no impact role`,
      );
      continue;
    }
    if (byItem.has(item)) {
      issues.push(`Item ${item} appears twice`);
      continue;
    }
    const options = Array.isArray(entry.answerOption) ? entry.answerOption : [];
    if (options.length !== sdqOptionCount(item)) {
      issues.push(
        `Item ${item} ("${entry.linkId}") has ${options.length} answer options; expected ${sdqOptionCount(item)}`,
      );
      continue;
    }
    const meaning = optionMeanings(item, String(entry.linkId), options);
    if ('issue' in meaning) {
      issues.push(meaning.issue);
      continue;
    }
    byItem.set(item, {
      item,
      linkId: entry.linkId,
      text: typeof entry.text === 'string' ? entry.text : '',
      options,
      meanings: meaning.meanings,
    });
  }
  issues.push(...orderIssues(byItem));
  const missing = Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => !byItem.has(n));
  if (missing.length) issues.push(`Missing SDQ items: ${missing.join(', ')}`);
  return { questions: [...byItem.values()].sort((a, b) => a.item - b.item), issues };
}

/**
 * Answers by item number as the scoring reads them (each option's meaning), from answers
 * given as option positions in the host's questionnaire.
 */
export function sdqScoringAnswers(
  questions: readonly SdqQuestion[],
  positions: ReadonlyMap<number, number>,
): Map<number, number> {
  const scoring = new Map<number, number>();
  for (const q of questions) {
    const position = positions.get(q.item);
    if (position === undefined) continue;
    const meaning = q.meanings[position];
    if (meaning !== undefined) scoring.set(q.item, meaning);
  }
  return scoring;
}
