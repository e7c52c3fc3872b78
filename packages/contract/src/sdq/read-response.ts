import { sdqInformantOf } from './informant.js';
import type { SdqRecordedInformant } from './structure.js';
import { flattenItems, sameAnswer, sdqQuestions, type QuestionnaireResponse } from './fhir.js';

// Its own module: reading a response (and who answered) is for readers such as the journal;
// a form's first render, which reads only the questionnaire, does not carry it.

/**
 * Reads a QuestionnaireResponse against its Questionnaire: answers by item number, each the
 * option's meaning as the scoring reads it (`SdqQuestion.meanings`), and who answered
 * (`sdqInformantOf`: 'unknown' with an issue when the response does not say). Unknown
 * linkIds, answers that are not among the options and items answered twice are issues;
 * `unanswered` lists the questionnaire's items 1-25 left without an answer (allowed: the
 * scores say what they can; not an issue in the data).
 */
export function readSdqResponse(
  questionnaire: unknown,
  response: unknown,
): {
  answers: Map<number, number>;
  issues: string[];
  unanswered: number[];
  informant: SdqRecordedInformant;
} {
  const { questions, issues } = sdqQuestions(questionnaire);
  const answers = new Map<number, number>();
  const r = response as QuestionnaireResponse | null;
  if (!r || typeof r !== 'object' || r.resourceType !== 'QuestionnaireResponse')
    return {
      answers,
      issues: [...issues, 'Not a FHIR QuestionnaireResponse'],
      unanswered: [],
      informant: 'unknown',
    };
  const who = sdqInformantOf(r, questionnaire);
  issues.push(...who.issues);
  const byLinkId = new Map(questions.map((q) => [q.linkId, q]));
  for (const entry of flattenItems(Array.isArray(r.item) ? r.item : [])) {
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
    const position = question.options.findIndex((o) => sameAnswer(o, answer));
    if (position < 0)
      issues.push(`Item ${question.item}: the answer is not one of the questionnaire's options`);
    else answers.set(question.item, question.meanings[position]!);
  }
  const unanswered = questions
    .filter((q) => q.item <= 25 && !answers.has(q.item))
    .map((q) => q.item);
  return { answers, issues, unanswered, informant: who.informant };
}
