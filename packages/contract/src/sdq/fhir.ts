import { sdqItemNumber, sdqOptionCount } from './structure.js';

/**
 * The SDQ in FHIR R4, in the national format: a host's Questionnaire (KL Gateway's
 * klgateway-children-sdq4-10 / -sdq11-17 pass unchanged) gives the wording and the answer
 * options; an answer is scored by its option's position (first = 0), whether the
 * questionnaire answers with valueString or valueCoding; the response answers in the
 * questionnaire's own form, so it can go back to KL Gateway unchanged.
 */
export interface Coding {
  system?: string;
  code?: string;
  display?: string;
}
export interface AnswerValue {
  valueString?: string;
  valueCoding?: Coding;
}
export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type?: string;
  required?: boolean;
  answerOption?: AnswerValue[];
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
  extension?: { url: string; valueCode?: string }[];
  item?: ResponseItem[];
}

/** A question of the SDQ as found in a host questionnaire. */
export interface SdqQuestion {
  readonly item: number;
  readonly linkId: string;
  readonly text: string;
  readonly options: readonly AnswerValue[];
}

function flatten<T extends { item?: T[] }>(items: readonly T[] = []): T[] {
  return items.flatMap((i) => [i, ...flatten(i.item)]);
}

function sameValue(a: AnswerValue, b: AnswerValue): boolean {
  if (a.valueString !== undefined || b.valueString !== undefined)
    return a.valueString === b.valueString;
  return Boolean(
    a.valueCoding &&
    b.valueCoding &&
    a.valueCoding.code === b.valueCoding.code &&
    (a.valueCoding.system ?? '') === (b.valueCoding.system ?? ''),
  );
}

/** The label of an answer option, as text (never markup). */
export function optionLabel(option: AnswerValue): string {
  return option.valueString ?? option.valueCoding?.display ?? option.valueCoding?.code ?? '';
}

/**
 * The SDQ questions in a host questionnaire, checked: items 1-25 must all be there with three
 * options; impact items (26-33) with four, when present. Problems name the items.
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
  for (const entry of flatten(q.item)) {
    if (entry.type === 'group' || entry.type === 'display') continue;
    const item = sdqItemNumber(String(entry.linkId ?? ''));
    if (item === null) {
      issues.push(
        `Unrecognised item "${String(entry.linkId).slice(0, 40)}": its linkId does not start with an SDQ item number (1-33) or fu1/fu2`,
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
    byItem.set(item, {
      item,
      linkId: entry.linkId,
      text: typeof entry.text === 'string' ? entry.text : '',
      options,
    });
  }
  const missing = Array.from({ length: 25 }, (_, i) => i + 1).filter((n) => !byItem.has(n));
  if (missing.length) issues.push(`Missing SDQ items: ${missing.join(', ')}`);
  return { questions: [...byItem.values()].sort((a, b) => a.item - b.item), issues };
}

/**
 * Reads a QuestionnaireResponse against its Questionnaire: answers by item number, scored by
 * option position. Unknown linkIds, answers that are not among the options and items answered
 * twice are issues; `unanswered` lists the questionnaire's items 1-25 left without an answer
 * (allowed: the scores say what they can; not an issue in the data).
 */
export function readSdqResponse(
  questionnaire: unknown,
  response: unknown,
): { answers: Map<number, number>; issues: string[]; unanswered: number[] } {
  const { questions, issues } = sdqQuestions(questionnaire);
  const answers = new Map<number, number>();
  const r = response as QuestionnaireResponse | null;
  if (!r || typeof r !== 'object' || r.resourceType !== 'QuestionnaireResponse')
    return { answers, issues: [...issues, 'Not a FHIR QuestionnaireResponse'], unanswered: [] };
  const byLinkId = new Map(questions.map((q) => [q.linkId, q]));
  for (const entry of flatten(Array.isArray(r.item) ? r.item : [])) {
    const answer = Array.isArray(entry.answer) ? entry.answer[0] : undefined;
    if (!answer) continue;
    const question = byLinkId.get(entry.linkId);
    if (!question) {
      issues.push(`Answer to unknown item "${String(entry.linkId).slice(0, 40)}"`);
      continue;
    }
    if (answers.has(question.item)) {
      issues.push(`Item ${question.item} ("${question.linkId}") is answered twice`);
      continue;
    }
    const position = question.options.findIndex((o) => sameValue(o, answer));
    if (position < 0)
      issues.push(`Item ${question.item}: the answer is not one of the questionnaire's options`);
    else answers.set(question.item, position);
  }
  const unanswered = questions
    .filter((q) => q.item <= 25 && !answers.has(q.item))
    .map((q) => q.item);
  return { answers, issues, unanswered };
}
