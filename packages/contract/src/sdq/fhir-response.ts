import type { SdqInformant, SdqRecordedInformant } from './structure.js';
import type { SdqAnswers } from './scoring.js';
import type { SdqScores } from '../schemas/sdq.js';
import type { SdqBands } from './bands.js';
import {
  answerValue,
  type Coding,
  type Questionnaire,
  type QuestionnaireResponse,
  type SdqQuestion,
} from './fhir.js';
import { SDQ_INFORMANT_EXTENSION, findingInformer, sdqInformantOf } from './informant.js';

/**
 * What `<lt-sdq-form>` writes in FHIR R4 and how it is read back: the QuestionnaireResponse
 * as KL Gateway's profile has it (klgateway-children-questionnaire-response: subject and
 * authored required, no author, no item text, who answered in KL's FindingInformer, each
 * answer the option's own value), one Observation per score. Apart from reading a
 * questionnaire (`fhir.ts`), so a form's first render does not carry the writing.
 */
export const SDQ_SCORE_SYSTEM = 'https://lettilbud.dk/fhir/CodeSystem/sdq-score';
export const SDQ_BAND_SYSTEM = 'https://lettilbud.dk/fhir/CodeSystem/sdq-band';
const SNOMED = 'http://snomed.info/sct';

/**
 * Who answered a response (see `sdqInformantOf`): KL's FindingInformer, else the extension
 * `<lt-sdq-form>` used to write, else the questionnaire's version; 'unknown' when none says.
 * `readSdqResponse` gives the same with the issues to show.
 */
export function responseInformant(
  response: QuestionnaireResponse,
  questionnaire?: unknown,
): SdqRecordedInformant {
  return sdqInformantOf(response, questionnaire).informant;
}

/**
 * Builds the response as KL Gateway's profile has it; `answers` are option positions in the
 * host's questionnaire, each answered with that option's own value (valueString in KL's
 * questionnaires). KL requires `subject`: `<lt-sdq-form>` always has one (it is not set up
 * for sending without it); without it the response is not KL's.
 */
export function buildQuestionnaireResponse(
  questionnaire: Questionnaire,
  questions: readonly SdqQuestion[],
  answers: SdqAnswers,
  meta: { informant: SdqInformant; authored: string; subject?: string },
): QuestionnaireResponse {
  const canonical =
    questionnaire.url ?? (questionnaire.id ? `Questionnaire/${questionnaire.id}` : undefined);
  return {
    resourceType: 'QuestionnaireResponse',
    ...(canonical
      ? {
          questionnaire:
            questionnaire.version && questionnaire.url
              ? `${canonical}|${questionnaire.version}`
              : canonical,
        }
      : {}),
    status: 'completed',
    authored: meta.authored,
    extension: [findingInformer(meta.informant)],
    ...(meta.subject ? { subject: { reference: meta.subject } } : {}),
    item: questions
      .filter((q) => answers.has(q.item) && q.options[answers.get(q.item)!])
      .map((q) => ({ linkId: q.linkId, answer: [answerValue(q.options[answers.get(q.item)!]!)] })),
  };
}

/** One Observation per computed score, with its bands as interpretations. */
export function sdqObservations(
  scores: SdqScores,
  bands: SdqBands,
  meta: { informant: SdqInformant; authored: string; subject?: string },
): Record<string, unknown>[] {
  const snomed = meta.informant === 'self' ? '717639006' : '718133008';
  return (Object.keys(scores) as (keyof SdqScores)[])
    .filter((k) => scores[k] !== null)
    .map((k) => {
      const band = bands[k as keyof SdqBands];
      return {
        resourceType: 'Observation',
        status: 'final',
        category: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/observation-category',
                code: 'survey',
              },
            ],
          },
        ],
        code: {
          coding: [
            { system: SDQ_SCORE_SYSTEM, code: k },
            ...(k === 'totalDifficulties' ? [{ system: SNOMED, code: snomed }] : []),
          ],
        },
        effectiveDateTime: meta.authored,
        ...(meta.subject ? { subject: { reference: meta.subject } } : {}),
        valueInteger: scores[k],
        ...(band
          ? {
              interpretation: [
                {
                  coding: [
                    { system: `${SDQ_BAND_SYSTEM}-3`, code: band.three },
                    { system: `${SDQ_BAND_SYSTEM}-4`, code: band.four },
                  ],
                },
              ],
            }
          : {}),
        // Ours says the informant exactly; KL's says it in KL's codes.
        extension: [
          { url: SDQ_INFORMANT_EXTENSION, valueCode: meta.informant },
          findingInformer(meta.informant),
        ],
      };
    });
}

/** Scores read back from `<lt-sdq-form>`'s Observations (for readers without the questionnaire). */
export function scoresFromObservations(
  observations: readonly Record<string, unknown>[],
): Partial<SdqScores> {
  const scores: Partial<SdqScores> = {};
  for (const o of observations) {
    const coding = (o.code as { coding?: Coding[] } | undefined)?.coding?.find(
      (c) => c.system === SDQ_SCORE_SYSTEM,
    );
    if (coding?.code && typeof o.valueInteger === 'number')
      scores[coding.code as keyof SdqScores] = o.valueInteger;
  }
  return scores;
}
